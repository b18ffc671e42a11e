/** The app's version, from package.json (inlined by the build, so it holds in a packaged app too). */
import { version } from '../../package.json'

/** The version in package.json, e.g. "0.1.0". */
export const APP_VERSION: string = version

/** How files record the app that wrote them (file_info `created_with` / `last_saved_with`). */
export const APP_STAMP = `MOT Studio ${APP_VERSION}`
