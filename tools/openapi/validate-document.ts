import { existsSync, realpathSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { escapePointerToken, pointerOf, resolvePointer } from "./json-pointer.ts";
import { type LoadedDocument, loadDocument } from "./load-document.ts";
import { SpecError } from "./spec-error.ts";

export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;
/** The security scheme types of OpenAPI 3.0; 3.1 adds `mutualTLS`. */
const SECURITY_TYPES = new Set(["http", "apiKey", "oauth2", "openIdConnect"]);
const MAX_DEPTH = 200;
/**
 * Keys openapi-typescript's resolver (@redocly/openapi-core) looks up on a plain object and then
 * calls: a schema or property with one of these names crashes it ("Cannot convert undefined or
 * null to object"). `constructor` and `toString` survive.
 */
const UNREADABLE_KEYS = new Set([
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "valueOf",
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * What patchbay needs of a document before it generates from it. Spectral lints style; this
 * checks what would otherwise make broken code or a misleading client. Returns every problem.
 */
export function validateDocument(loaded: LoadedDocument, specsDir: string): SpecError[] {
  const { document: doc, errorAt } = loaded;
  const errors: SpecError[] = [];
  const problem = (tokens: (string | number)[], message: string) =>
    errors.push(errorAt(pointerOf(tokens), message));

  if (doc.openapi === undefined) {
    if (doc.swagger !== undefined) {
      problem(
        ["swagger"],
        `is Swagger ${String(doc.swagger)}; patchbay supports OpenAPI 3.0 and 3.1 (convert it first, e.g. with swagger2openapi)`,
      );
    } else {
      problem([], "has no `openapi` field; patchbay supports OpenAPI 3.0 and 3.1 documents");
    }
    return errors;
  }
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    problem(
      ["openapi"],
      `has unsupported version ${JSON.stringify(doc.openapi)}; patchbay supports OpenAPI 3.0.x and 3.1.x`,
    );
    return errors;
  }

  if (
    !isObject(doc.info) ||
    typeof doc.info.title !== "string" ||
    typeof doc.info.version !== "string"
  ) {
    problem(["info"], "needs `info.title` and `info.version` strings");
  }

  checkDepthAndRefs(loaded, specsDir, (error) => errors.push(error));
  if (errors.length > 0) return errors;

  checkServers(doc, problem);
  checkSecurity(doc, problem);
  checkPaths(doc, problem);
  return errors;
}

type Report = (tokens: (string | number)[], message: string) => void;

/**
 * Servers are optional (OpenAPI then means "/"), and a relative or protocol-relative first
 * server is valid: the client then takes a required `baseUrl` (absoluteBaseUrl). What is refused
 * is what the specification forbids: a server that is not a mapping with a `url`, a variable
 * with no `default` (it is REQUIRED) or a `{name}` with no variable at all.
 */
function checkServers(doc: Json, problem: Report) {
  const servers = doc.servers;
  if (servers === undefined) return;
  if (!Array.isArray(servers)) {
    problem(["servers"], "must be a list of servers");
    return;
  }
  if (servers.length === 0) return;
  const first = servers[0];
  if (!isObject(first) || typeof first.url !== "string") {
    problem(["servers", 0, "url"], "needs a `url` string");
    return;
  }
  if (/[{}]/.test(serverUrl(first))) {
    problem(
      ["servers", 0, "url"],
      `is ${JSON.stringify(first.url)}; a variable in the first server's URL needs a \`default\` in its \`variables\``,
    );
  }
}

/**
 * The client's default base URL: the first server's, when it is an absolute http(s) URL; else
 * undefined, and the client asks for one (a relative, protocol-relative or missing server).
 */
export function absoluteBaseUrl(doc: Json): string | undefined {
  const first = Array.isArray(doc.servers) ? doc.servers[0] : undefined;
  if (!isObject(first) || typeof first.url !== "string") return undefined;
  const url = serverUrl(first);
  return /^https?:\/\/[^/]/i.test(url) && !/[{}]/.test(url) ? url.replace(/\/+$/, "") : undefined;
}

/** The first server's URL with its variables replaced by their defaults. */
export function serverUrl(server: Json): string {
  const variables = isObject(server.variables) ? server.variables : {};
  return String(server.url).replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === "string" ? variable.default : whole;
  });
}

function checkSecurity(doc: Json, problem: Report) {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const at = ["components", "securitySchemes", name];
    const is31 = String(doc.openapi).startsWith("3.1");
    if (!isObject(scheme) || typeof scheme.type !== "string") {
      problem(at, "needs a `type`");
    } else if (!SECURITY_TYPES.has(scheme.type) && !(is31 && scheme.type === "mutualTLS")) {
      problem(
        [...at, "type"],
        `has unknown security scheme type ${JSON.stringify(scheme.type)} (expected http, apiKey, oauth2, openIdConnect${is31 ? " or mutualTLS" : "; mutualTLS needs OpenAPI 3.1"})`,
      );
    } else if (
      scheme.type === "http" &&
      (typeof scheme.scheme !== "string" || scheme.scheme === "")
    ) {
      // Any HTTP scheme is valid (bearer and basic get options; others go through `headers`).
      problem(at, "is an http security scheme without a `scheme` (e.g. bearer, basic)");
    } else if (
      scheme.type === "apiKey" &&
      (typeof scheme.name !== "string" ||
        !["header", "query", "cookie"].includes(String(scheme.in)))
    ) {
      problem(at, "needs `name` and `in` (header, query or cookie)");
    }
  }
  const checkRequirements = (requirements: unknown, at: (string | number)[]) => {
    if (requirements === undefined) return;
    if (!Array.isArray(requirements)) {
      problem(at, "must be a list of security requirements");
      return;
    }
    requirements.forEach((requirement, index) => {
      if (!isObject(requirement)) {
        problem([...at, index], "must be a mapping");
        return;
      }
      for (const name of Object.keys(requirement)) {
        if (!Object.hasOwn(schemes, name)) {
          problem(
            [...at, index, name],
            `names security scheme "${name}", which components.securitySchemes does not define`,
          );
        }
      }
    });
  };
  checkRequirements(doc.security, ["security"]);
  forEachOperation(doc, (operation, at) =>
    checkRequirements(operation.security, [...at, "security"]),
  );
}

/**
 * A document may have no operations (`paths: {}`; in 3.1 no `paths` at all, e.g. webhooks only):
 * its package then has none. `x-` keys under `paths` are extensions, not paths.
 */
function checkPaths(doc: Json, problem: Report) {
  if (doc.paths === undefined) {
    if (String(doc.openapi).startsWith("3.0"))
      problem([], "has no `paths`, which OpenAPI 3.0 requires (`paths: {}` when there are none)");
    return;
  }
  if (!isObject(doc.paths)) {
    problem(["paths"], "must be a mapping of paths to path items");
    return;
  }
  const operationIds = new Map<string, string>();
  /** Parameters that are mappings with a name (a malformed one is reported and left out). */
  const parametersAt = (list: unknown, at: (string | number)[]): Json[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      problem(at, "must be a list of parameters");
      return [];
    }
    return list.flatMap((raw, index) => {
      const parameter = resolveLocal(doc, raw);
      // one in another file: openapi-typescript reads it, its path name is not checked here
      if (isObject(parameter) && typeof parameter.$ref === "string") return [];
      if (
        isObject(parameter) &&
        typeof parameter.name === "string" &&
        typeof parameter.in === "string"
      )
        return [parameter];
      problem(
        [...at, index],
        isObject(parameter) ? "needs `name` and `in` strings" : "must be a mapping (a parameter)",
      );
      return [];
    });
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    if (path.startsWith("x-")) continue;
    if (!path.startsWith("/")) problem(["paths", path], "must start with '/'");
    if (!isObject(item)) {
      problem(["paths", path], "must be a mapping (a path item)");
      continue;
    }
    const templateNames = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? "");
    const pathLevel = parametersAt(item.parameters, ["paths", path, "parameters"]);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const at = ["paths", path, method];
      if (!isObject(operation)) {
        problem(at, "must be a mapping (an operation)");
        continue;
      }
      const declared = new Set(
        [...pathLevel, ...parametersAt(operation.parameters, [...at, "parameters"])]
          .filter((parameter) => parameter.in === "path")
          .map((parameter) => String(parameter.name)),
      );
      for (const name of templateNames) {
        if (name === "" || !declared.has(name)) {
          problem(at, `has path template {${name}} with no matching \`in: path\` parameter`);
        }
      }
      for (const name of declared) {
        if (!templateNames.includes(name))
          problem(
            [...at, "parameters"],
            `declares path parameter "${name}", which ${path} does not contain`,
          );
      }
      if (typeof operation.operationId === "string") {
        const seen = operationIds.get(operation.operationId);
        if (seen)
          problem(
            [...at, "operationId"],
            `repeats operationId "${operation.operationId}" (already used by ${seen})`,
          );
        operationIds.set(operation.operationId, `${method.toUpperCase()} ${path}`);
      }
      if (!isObject(operation.responses) || Object.keys(operation.responses).length === 0) {
        problem([...at, "responses"], "needs at least one response");
      } else {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (!isObject(resolveLocal(doc, response)))
            problem([...at, "responses", status], "must be a mapping (a response)");
        }
      }
    }
  }
}

export function forEachOperation(
  doc: Json,
  visit: (operation: Json, at: string[], method: string, path: string) => void,
) {
  if (!isObject(doc.paths)) return;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item) || path.startsWith("x-")) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) visit(operation, ["paths", path, method], method, path);
    }
  }
}

function resolveLocal(doc: Json, value: unknown): unknown {
  if (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#")) {
    return resolvePointer(doc, value.$ref);
  }
  return value;
}

/**
 * Every `$ref` must resolve locally or to a file inside specs/, whose own `$ref`s are checked the
 * same way (openapi-typescript follows them all); remote references are refused. Also refuses
 * numbers JSON cannot hold (`.inf`, `.nan`, `1e400`), `$ref` chains that loop and keys
 * openapi-typescript cannot read.
 */
function checkDepthAndRefs(
  loaded: LoadedDocument,
  specsDir: string,
  report: (error: SpecError) => void,
) {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : path);
  const specsRoot = real(resolve(specsDir));
  const inside = (path: string) => path.startsWith(specsRoot + sep);
  const mainPath = resolve(specsRoot, relative("specs", loaded.file));
  const pathOf = new Map([[loaded, mainPath]]);
  const loadedAt = new Map([[real(mainPath), loaded]]);
  const queue = [loaded];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const { document: root, errorAt } = file;
    const documentDir = dirname(pathOf.get(file) as string);
    const problem: Report = (tokens, message) => report(errorAt(pointerOf(tokens), message));
    const reportedCycles = new Set<string>();
    const stack: { node: unknown; tokens: (string | number)[] }[] = [{ node: root, tokens: [] }];
    let tooDeepReported = false;
    while (stack.length > 0) {
      const { node, tokens } = stack.pop() as { node: unknown; tokens: (string | number)[] };
      if (tokens.length > MAX_DEPTH) {
        if (!tooDeepReported) problem(tokens.slice(0, 20), `nests deeper than ${MAX_DEPTH} levels`);
        tooDeepReported = true;
        continue;
      }
      if (node === null || typeof node !== "object") continue;
      for (const [key, child] of Object.entries(node)) {
        const childTokens = [...tokens, Array.isArray(node) ? Number(key) : key];
        if (UNREADABLE_KEYS.has(key) && !Array.isArray(node))
          problem(
            childTokens,
            `is named "${key}", which openapi-typescript's resolver mistakes for a method of Object and crashes on; rename it`,
          );
        if (child !== null && typeof child === "object")
          stack.push({ node: child, tokens: childTokens });
        else if (typeof child === "number" && !Number.isFinite(child))
          problem(childTokens, `is ${child}, a number JSON cannot hold`);
      }
      if (Array.isArray(node)) continue;
      const ref = (node as Json).$ref;
      // A property named "$ref" is a property; but a string there is followed like any $ref.
      if (ref === undefined || (tokens.at(-1) === "properties" && typeof ref !== "string"))
        continue;
      const at = [...tokens, "$ref"];
      if (typeof ref !== "string") {
        problem(at, "must be a string (a JSON pointer or a file inside specs/)");
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
        problem(
          at,
          `is a remote reference (${ref}); patchbay never fetches remote $refs — copy the schema into the document`,
        );
      } else if (ref.startsWith("#")) {
        if (resolvePointer(root, ref) === undefined) {
          problem(at, `points at ${ref}, which does not exist in this document`);
          continue;
        }
        const cycle = refCycle(root, ref);
        const key = cycle && [...new Set(cycle)].sort().join(" ");
        if (cycle && key && cycle.includes(pointerOf(tokens)) && !reportedCycles.has(key)) {
          reportedCycles.add(key);
          problem(at, `is part of a $ref chain that never reaches a value (${cycle.join(" → ")})`);
        }
      } else {
        const [filePart = "", fragment = ""] = ref.split("#");
        let target: string;
        try {
          target = resolve(documentDir, decodeURIComponent(filePart));
        } catch {
          problem(at, `is not a valid reference (${ref}): bad percent-encoding`);
          continue;
        }
        if (!inside(target)) {
          problem(
            at,
            `points outside specs/ (${filePart}); references may only name files inside specs/`,
          );
        } else if (!existsSync(target)) {
          problem(at, `points at ${filePart}, which does not exist`);
        } else if (!inside(real(target))) {
          problem(
            at,
            `points outside specs/ (${filePart} is a link to a file outside); references may only name files inside specs/`,
          );
        } else {
          const targetPath = real(target);
          let referenced = loadedAt.get(targetPath);
          if (!referenced) {
            try {
              referenced = loadDocument(
                targetPath,
                `specs/${relative(specsRoot, targetPath).split(sep).join("/")}`,
              );
            } catch (error) {
              if (!(error instanceof SpecError)) throw error;
              report(error);
              continue;
            }
            loadedAt.set(targetPath, referenced);
            pathOf.set(referenced, targetPath);
            queue.push(referenced);
          }
          if (fragment && resolvePointer(referenced.document, `#${fragment}`) === undefined) {
            problem(at, `points at ${ref}, which does not exist in ${referenced.file}`);
          }
        }
      }
    }
  }
}

/** The loop a chain of local `$ref`s starting at `ref` runs into, or `undefined` when it ends. */
function refCycle(root: Json, ref: string): string[] | undefined {
  const chain = [ref];
  let target = resolvePointer(root, ref);
  while (isObject(target) && typeof target.$ref === "string" && target.$ref.startsWith("#")) {
    const next: string = target.$ref;
    if (chain.includes(next)) return [...chain.slice(chain.indexOf(next)), next];
    chain.push(next);
    target = resolvePointer(root, next);
  }
  return undefined;
}

export { escapePointerToken };
