import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * A published npm package unpacked under `cacheDir` (`npm pack`, then tar): the registry is the
 * only network these checks use, and a second run reuses the copy. Returns its `package/` dir.
 */
export function unpackedNpmPackage(spec: string, cacheDir: string): string {
  const dir = join(cacheDir, spec.replace(/[^\w.@-]+/g, "_"));
  const packageDir = join(dir, "package");
  if (existsSync(join(packageDir, "package.json"))) return packageDir;
  mkdirSync(dir, { recursive: true });
  execFileSync("npm", ["pack", spec, "--pack-destination", dir, "--silent"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(dir).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${spec} wrote no tarball in ${dir}`);
  execFileSync("tar", ["xzf", tarball], { cwd: dir });
  return packageDir;
}
