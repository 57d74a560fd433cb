// The type of ./bot-entry.mjs, which the probe loads as plain JavaScript.
export declare const BOT_ENTRY: RegExp;
