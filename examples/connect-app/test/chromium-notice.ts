import { hasChromium, skipLine } from "./chromium.js";

/** Once per run, not once per browser test file: the one line saying why they skip. */
export default function chromiumNotice(): void {
  if (!hasChromium) console.log(skipLine);
}
