import { enUS, type Messages } from "./en-US";
// TEMP
export const deDE: Messages = { ...enUS };
