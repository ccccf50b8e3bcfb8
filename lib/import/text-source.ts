/** A text as the user gave it: typed into the form, or an uploaded file's name and bytes. */
export type TextSource = { kind: "text"; text: string } | { kind: "file"; name: string; bytes: Uint8Array };
