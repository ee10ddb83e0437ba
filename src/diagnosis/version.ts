// Version strings arrive as free text: from Office ("16.0.19426.20186"), or typed by a user who copied
// "Version 2511 (Build 19426.20186 Click-to-Run)" from File > Office Account.

export interface ParsedVersion {
  parts: number[];
  /** The four-digit Microsoft 365 Apps "Version" (YYMM) when the text names one. */
  channelVersion: number | null;
}

export function parseVersion(text: string | null | undefined): ParsedVersion | null {
  if (!text) return null;
  const channel = /version\s+(\d{4})\b/i.exec(text);
  const build = /build\s+(\d{4,5})\.(\d{1,5})/i.exec(text);
  if (build) {
    return {
      parts: [16, 0, Number(build[1]), Number(build[2])],
      channelVersion: channel ? Number(channel[1]) : null,
    };
  }
  const dotted = /(\d{1,5})(?:\.(\d{1,9})){1,3}/.exec(text);
  if (dotted) {
    const parts = dotted[0].split(".").map(Number);
    return { parts, channelVersion: channel ? Number(channel[1]) : null };
  }
  if (channel) return { parts: [], channelVersion: Number(channel[1]) };
  return null;
}

/** Compares dotted versions part by part; missing parts count as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
