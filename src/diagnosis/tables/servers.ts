// Exchange Online's endpoints for mail apps that use IMAP, POP or SMTP (Thunderbird, devices that send mail).
// [MS] learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4
// ("POP, IMAP, and SMTP settings", verified 2026-11-25).

import type { SourceRef } from "./sources";

export const EXCHANGE_ONLINE_SERVERS = {
  imap: { host: "outlook.office365.com", port: 993, security: "SSL/TLS" },
  pop: { host: "outlook.office365.com", port: 995, security: "SSL/TLS" },
  smtp: { host: "smtp.office365.com", port: 587, security: "STARTTLS" },
  source: "ms-pop-imap-settings" as SourceRef,
} as const;
