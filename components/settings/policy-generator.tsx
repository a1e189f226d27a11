"use client";

import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import {
  buildIamPolicy,
  cloudFormationYaml,
  FEATURE_IDS,
  IAM_FEATURES,
  POLICY_VARIANTS,
  policyJson,
  type FeatureId,
  type PolicyVariant,
} from "@/lib/aws/iam-policy";

type Format = "json" | "cloudformation";

/** The least-privilege policy for the features and regions chosen here, to copy or download. */
export function PolicyGenerator({ regions, fromAddress, assumeRoles }: { regions: string[]; fromAddress?: string; assumeRoles: string[] }) {
  const [features, setFeatures] = useState<FeatureId[]>([...FEATURE_IDS]);
  // Regions left out, not regions chosen: a region added on this page is in the policy at once.
  const [excluded, setExcluded] = useState<string[]>([]);
  const [variant, setVariant] = useState<PolicyVariant>("full");
  const [format, setFormat] = useState<Format>("json");
  const [copied, setCopied] = useState(false);

  const inRegions = regions.filter((r) => !excluded.includes(r));
  const policy =
    features.length && inRegions.length ? buildIamPolicy({ features, regions: inRegions, variant, fromAddress, assumeRoles }) : undefined;
  const text = policy && (format === "json" ? policyJson(policy) : cloudFormationYaml(policy, variant));

  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const fileName = format === "json" ? `ses-launchpad-${variant}-policy.json` : `ses-launchpad-${variant}-policy.yaml`;
  const mime = format === "json" ? "application/json" : "application/yaml";

  return (
    <div className="space-y-4 text-sm">
      <div className="grid gap-4 md:grid-cols-3">
        <fieldset className="space-y-1">
          <legend className="mb-1 font-medium">Features</legend>
          {FEATURE_IDS.map((f) => (
            <label key={f} className="flex items-start gap-2" title={IAM_FEATURES[f].summary}>
              <input
                type="checkbox"
                className="mt-1"
                checked={features.includes(f)}
                onChange={(e) => setFeatures(toggle(features, f, e.target.checked))}
              />
              <span>{IAM_FEATURES[f].label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="mb-1 font-medium">Regions</legend>
          {regions.map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={!excluded.includes(r)}
                onChange={(e) => setExcluded(toggle(excluded, r, !e.target.checked))}
              />
              <span>{r}</span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-3">
          <fieldset className="space-y-1">
            <legend className="mb-1 font-medium">Variant</legend>
            {(Object.keys(POLICY_VARIANTS) as PolicyVariant[]).map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="policy-variant" checked={variant === v} onChange={() => setVariant(v)} />
                <span>{POLICY_VARIANTS[v].label}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="space-y-1">
            <legend className="mb-1 font-medium">Format</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="policy-format" checked={format === "json"} onChange={() => setFormat("json")} />
              <span>IAM policy (JSON)</span>
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="policy-format" checked={format === "cloudformation"} onChange={() => setFormat("cloudformation")} />
              <span>CloudFormation (YAML)</span>
            </label>
          </fieldset>
        </div>
      </div>
      <p className="text-slate-600 dark:text-slate-400">
        {variant === "read-only"
          ? "Read-only monitoring: the dashboard reads and alerts, but its set-up buttons and the access request will answer AccessDenied."
          : "Full: adds the actions behind the set-up buttons and the production-access request."}{" "}
        Every statement is limited to the chosen regions{fromAddress ? `, and alert mail to ${fromAddress}` : ""}.
      </p>
      {text ? (
        <>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => {
                void navigator.clipboard.writeText(text).then(() => setCopied(true));
                setTimeout(() => setCopied(false), 2000);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
            <a className={buttonStyles.secondary} href={`data:${mime};charset=utf-8,${encodeURIComponent(text)}`} download={fileName}>
              Download {fileName}
            </a>
          </div>
          <pre data-testid="iam-policy" className="max-h-96 overflow-auto rounded-md bg-slate-950 p-3 font-mono text-xs text-slate-100">
            {text}
          </pre>
        </>
      ) : (
        <p role="status">Choose at least one feature and one region.</p>
      )}
      <details>
        <summary className="cursor-pointer font-medium">Why each action is needed</summary>
        <ul className="mt-2 space-y-2">
          {features.map((f) => (
            <li key={f}>
              <span className="font-medium">{IAM_FEATURES[f].label}</span>
              <ul className="mt-1 space-y-0.5 pl-4">
                {IAM_FEATURES[f].actions
                  .filter((a) => POLICY_VARIANTS[variant].kinds.includes(a.kind))
                  .map((a) => (
                    <li key={a.action}>
                      <code>{a.action}</code>: {a.why}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
