import { Button } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { isAllowedLink } from "../diagnosis";

interface Props {
  url: string;
  label: string;
  open(url: string): void;
  extraDomains: readonly string[];
}

/**
 * A link rendered as a button: it opens through the host (openBrowserWindow or window.open with noopener), so the
 * pane itself never navigates away. A URL outside the allowed https domains is shown as text, not opened.
 */
export function SafeLink({ url, label, open, extraDomains }: Props) {
  if (!isAllowedLink(url, extraDomains)) return <span>{label}</span>;
  return (
    <Button
      appearance="transparent"
      size="small"
      icon={<Open16Regular />}
      iconPosition="after"
      onClick={() => open(url)}
      title={url}
    >
      {label}
    </Button>
  );
}
