import { enUS, type Messages } from "./en-US";
// TEMP
export const frFR: Messages = { ...enUS };
