import { cleanEnvironment } from "@patchbay/common/run";
import { describe, expect, it } from "vitest";
import { renderConsumerPackageJson, renderConsumerTsconfig } from "./consumer-project.ts";

const packages = [
  {
    name: "@patchbay/runtime",
    version: "0.2.0",
    tarball: "/t/patchbay-runtime-0.2.0.tgz",
    bytes: 1,
  },
  {
    name: "@patchbay/datagrid",
    version: "0.1.1",
    tarball: "/t/patchbay-datagrid-0.1.1.tgz",
    bytes: 1,
  },
];

describe("the consumer project", () => {
  it("takes every @patchbay package, and every dependency on one, from the tarballs", () => {
    const manifest = JSON.parse(renderConsumerPackageJson(packages, { typescript: "5.9.3" }));
    expect(manifest.dependencies).toEqual({
      "@patchbay/datagrid": "file:tarballs/patchbay-datagrid-0.1.1.tgz",
      "@patchbay/runtime": "file:tarballs/patchbay-runtime-0.2.0.tgz",
    });
    expect(manifest.overrides).toEqual({
      "@patchbay/datagrid": "$@patchbay/datagrid",
      "@patchbay/runtime": "$@patchbay/runtime",
    });
    expect(manifest.devDependencies).toEqual({ typescript: "5.9.3" });
    expect(manifest.workspaces).toBeUndefined();
  });

  it("compiles .cts files (the require types) under node16 only", () => {
    const files = ["clients.ts", "clients.cts"];
    const node16 = JSON.parse(renderConsumerTsconfig("node16", files));
    const bundler = JSON.parse(renderConsumerTsconfig("bundler", files));
    expect(node16.compilerOptions).toMatchObject({ module: "node16", moduleResolution: "node16" });
    expect(node16.files).toEqual(files);
    expect(bundler.compilerOptions).toMatchObject({
      module: "esnext",
      moduleResolution: "bundler",
    });
    expect(bundler.files).toEqual(["clients.ts"]);
    expect(node16.compilerOptions.skipLibCheck).toBe(false);
  });

  it("runs its commands without the surrounding pnpm, turbo and vitest settings", () => {
    const surrounding = {
      npm_config_registry: "http://elsewhere.invalid",
      TURBO_HASH: "abc",
      TURBO_TOKEN: "kept",
    };
    const saved = Object.fromEntries(
      Object.keys(surrounding).map((name) => [name, process.env[name]]),
    );
    Object.assign(process.env, surrounding);
    try {
      const env = cleanEnvironment({ EXTRA: "1" });
      expect(env.npm_config_registry).toBeUndefined();
      expect(env.TURBO_HASH).toBeUndefined();
      expect(env.VITEST_WORKER_ID).toBeUndefined();
      expect(env.TURBO_TOKEN).toBe("kept");
      expect(env.EXTRA).toBe("1");
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
