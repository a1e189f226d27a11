/**
 * RFC 7208 §7 macros: syntax checking and expansion. Pure: the caller supplies
 * every value, including %{p}, which needs DNS.
 */
export type MacroValues = {
  /** <sender>: local-part@domain. */
  s: string;
  l: string;
  o: string;
  /** <domain>: the domain whose record is being evaluated. */
  d: string;
  /** The client IP in macro form (dotted quad, or 32 dot-separated nibbles for IPv6). */
  i: string;
  /** The validated domain name of the client, or "unknown" (§7.3). */
  p?: string;
  /** "in-addr" or "ip6". */
  v: string;
  h: string;
  /** The client IP as written (exp only). */
  c: string;
  /** The receiving host (exp only). */
  r: string;
  /** Seconds since the epoch (exp only). */
  t: string;
};

type Token = { literal: string } | { letter: string; digits?: number; reverse: boolean; delimiters: string; upper: boolean };

const LETTERS = "slodiphcrtv";
const EXP_ONLY = "crt";

export class MacroError extends Error {}

/** Splits a macro-string into literals and macros; `explain` also allows spaces and c, r, t (§6.2 explain-string). */
export function tokenizeMacroString(s: string, { explain = false } = {}): Token[] {
  const tokens: Token[] = [];
  let literal = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== "%") {
      const code = ch.charCodeAt(0);
      if (!((code >= 0x21 && code <= 0x7e) || (explain && code === 0x20))) throw new MacroError(`invalid character ${JSON.stringify(ch)}`);
      literal += ch;
      continue;
    }
    const next = s[i + 1];
    if (next === "%" || next === "_" || next === "-") {
      literal += next === "%" ? "%" : next === "_" ? " " : "%20";
      i++;
      continue;
    }
    if (next !== "{") throw new MacroError(`"%" must be followed by {, %, _ or - (at ${i})`);
    const end = s.indexOf("}", i);
    if (end < 0) throw new MacroError("unterminated macro");
    const m = /^([a-zA-Z])(\d*)(r?)([.\-+,/_=]*)$/i.exec(s.slice(i + 2, end));
    if (!m) throw new MacroError(`invalid macro %{${s.slice(i + 2, end)}}`);
    const letter = m[1]!.toLowerCase();
    if (!LETTERS.includes(letter)) throw new MacroError(`unknown macro letter ${m[1]}`);
    if (!explain && EXP_ONLY.includes(letter)) throw new MacroError(`%{${m[1]}} is allowed only in exp= text`);
    if (m[2] && Number(m[2]) === 0) throw new MacroError("a macro's digit transformer must be nonzero");
    if (literal) tokens.push({ literal });
    literal = "";
    tokens.push({ letter, digits: m[2] ? Number(m[2]) : undefined, reverse: m[3] !== "", delimiters: m[4] || ".", upper: m[1] !== letter });
    i = end;
  }
  if (literal) tokens.push({ literal });
  return tokens;
}

/** Whether the string uses the macro letter (either case), e.g. %{p}, whose value needs DNS. */
export const usesMacro = (s: string, letter: string) => s.includes("%") && s.toLowerCase().includes(`%{${letter}`);

/** §7.3: split on the delimiters, optionally reverse, keep the rightmost parts, join with dots; uppercase letters URL-escape. */
export function expandMacroString(s: string, values: MacroValues, { explain = false } = {}): string {
  let out = "";
  for (const token of tokenizeMacroString(s, { explain })) {
    if ("literal" in token) {
      out += token.literal;
      continue;
    }
    const raw = values[token.letter as keyof MacroValues] ?? "unknown";
    let parts = raw.split(new RegExp(`[${token.delimiters.replace(/[-\\\]^/]/g, "\\$&")}]`));
    if (token.reverse) parts = parts.reverse();
    if (token.digits !== undefined && token.digits < parts.length) parts = parts.slice(parts.length - token.digits);
    const value = parts.join(".");
    out += token.upper ? urlEscape(value) : value;
  }
  return out;
}

/** RFC 3986 escaping of everything but the unreserved characters (§7.3). */
function urlEscape(s: string): string {
  return Array.from(Buffer.from(s, "utf8"))
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

const TOPLABEL = /\.(?:[0-9a-z]*[a-z][0-9a-z]*|[0-9a-z]+-[0-9a-z-]*[0-9a-z])\.?$/i;

/** §7.1 domain-spec = macro-string domain-end: it must end in a top label or a macro. */
export function checkDomainSpec(spec: string): string | undefined {
  if (!spec) return "empty domain-spec";
  try {
    const tokens = tokenizeMacroString(spec);
    const last = tokens[tokens.length - 1];
    if (last && !("literal" in last)) return undefined;
    if (/%[%_-]$/.test(spec) && !/%%[%_-]$/.test(spec)) return undefined;
  } catch (e) {
    return (e as Error).message;
  }
  return TOPLABEL.test(spec) ? undefined : `"${spec}" is not a fully qualified domain name`;
}

/** §7.3: an expanded name longer than 253 octets loses labels from the left until it fits. */
export function truncateDomain(name: string): string {
  let n = name.replace(/\.$/, "");
  while (n.length > 253 && n.includes(".")) n = n.slice(n.indexOf(".") + 1);
  return n;
}
