import { enUS, type Messages } from "./en-US";
// TEMP
export const esES: Messages = { ...enUS };
