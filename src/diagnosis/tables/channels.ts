// Microsoft 365 Apps update channels: when a version reaches each channel and how long the channel services it.
// A version's dates are counted from its version month (YYMM) and fall on a second Tuesday ("Patch Tuesday"),
// the day Office updates ship. Offsets checked against Microsoft's update history by date (mirrored, [3P]):
// 2026-02-10 shipped Monthly Enterprise 2512 (new), 2511 and 2510 and Semi-Annual Enterprise 2508, 2502, 2408;
// 2025-01-14 shipped Semi-Annual Enterprise 2408 for the first time.

import type { SourceRef } from "./sources";

export interface SemiAnnualPolicy {
  /** First day a version had to reach the channel for this support length to apply (null: from the start). */
  availableFrom: string | null;
  supportMonths: number;
  source: SourceRef;
}

export const CHANNELS = {
  monthlyEnterprise: {
    /** A version reaches Monthly Enterprise two months after its version month (2510 on 2025-12-09). */
    availabilityOffsetMonths: 2,
    supportMonths: 2,
    /**
     * Each Patch Tuesday patches three versions (N, N-1, N-2: 2607, 2606, 2605 on 2026-08-11). With Current
     * Channel's latest version that is the same window as above: a version's last patch is on the second Tuesday
     * four months after its version month (2604's on 2026-08-11, 2608's on 2026-12-08).
     */
    versionsPatchedAtOnce: 3,
    source: ["ms-channels", "update-history-3p", "ms-l-mec-three"] as SourceRef,
  },
  currentChannel: {
    /** Only the latest version is supported; it ships late in its own month (2609 on 2026-09-22). */
    availabilityOffsetMonths: 0,
    supportMonths: 1,
    source: ["ms-channels", "version-table-3p"] as SourceRef,
  },
  semiAnnualEnterprise: {
    /** Only the February and August versions, each reaching the channel five months later (2408 in January). */
    versionMonths: [2, 8] as readonly number[],
    availabilityOffsetMonths: 5,
    policies: [
      {
        availableFrom: null,
        supportMonths: 14,
        source: "ms-saec-14",
      },
      {
        availableFrom: "2025-07-08",
        supportMonths: 8,
        source: "saec-6-2-3p", // 2502 was the first version under it
      },
    ] as readonly SemiAnnualPolicy[],
    /**
     * From Version 2606 (July 2026) the channel is merged into Monthly Enterprise: no later version reaches it, and
     * devices still labelled Semi-Annual Enterprise receive Monthly Enterprise versions.
     */
    lastAvailabilityBefore: "2026-07",
    source: ["ms-unified-channels", "ms-l-mec-three"] as SourceRef,
  },
} as const;
