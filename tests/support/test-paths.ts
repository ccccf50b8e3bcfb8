import path from "node:path";

export const TMP_DIR = path.resolve(__dirname, "../.tmp");
export const BASE_DATABASE = path.join(TMP_DIR, "base.db");
