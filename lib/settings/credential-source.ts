import "server-only";

export type CredentialSource = {
  /** The first link of the SDK's default chain that the server's environment points at. */
  kind: "simulator" | "environment" | "profile" | "web-identity" | "container" | "default-chain";
  summary: string;
  /** Names of the variables that decided it, never their values (a role ARN or profile name is not a secret). */
  details: string[];
  /** AWS_ENDPOINT_URL when the SDK is pointed away from AWS (the simulator, LocalStack). */
  endpoint?: string;
};

type Vars = Record<string, string | undefined>;
const set = (v: Vars, name: string) => Boolean(v[name]?.trim());

/**
 * How the AWS SDK's default chain (@aws-sdk/credential-provider-node) will find credentials,
 * read from the variable names it checks, in its order: environment keys (skipped when
 * AWS_PROFILE is set), SSO and shared profiles, web identity, container role, instance role.
 */
export function describeCredentialSource(vars: Vars, demo: boolean): CredentialSource {
  const endpoint = vars.AWS_ENDPOINT_URL?.trim() || undefined;
  if (demo) {
    return {
      kind: "simulator",
      summary: "The simulated AWS account of the demo (no real AWS is called).",
      details: endpoint ? [`AWS_ENDPOINT_URL points at the simulator`] : [],
      endpoint,
    };
  }
  const base = { endpoint };
  if (set(vars, "AWS_PROFILE")) {
    return {
      ...base,
      kind: "profile",
      summary: `Shared profile "${vars.AWS_PROFILE!.trim()}" (~/.aws/config and credentials, SSO included).`,
      details: ["AWS_PROFILE is set"],
    };
  }
  if (set(vars, "AWS_ACCESS_KEY_ID") && set(vars, "AWS_SECRET_ACCESS_KEY")) {
    const details = [
      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set",
      ...(set(vars, "AWS_SESSION_TOKEN") ? ["AWS_SESSION_TOKEN is set (temporary credentials)"] : []),
    ];
    return { ...base, kind: "environment", summary: "Access keys in the server's environment variables.", details };
  }
  if (set(vars, "AWS_WEB_IDENTITY_TOKEN_FILE") && set(vars, "AWS_ROLE_ARN")) {
    return {
      ...base,
      kind: "web-identity",
      summary: `Web identity role ${vars.AWS_ROLE_ARN!.trim()} (EKS service account or OIDC).`,
      details: ["AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are set"],
    };
  }
  if (set(vars, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") || set(vars, "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
    return {
      ...base,
      kind: "container",
      summary: "The container's task role (ECS, App Runner, EKS Pod Identity).",
      details: ["AWS_CONTAINER_CREDENTIALS_*_URI is set"],
    };
  }
  return {
    ...base,
    kind: "default-chain",
    summary: "The default profile in ~/.aws (SSO included), else the EC2 instance role.",
    details: set(vars, "AWS_EC2_METADATA_DISABLED") ? ["AWS_EC2_METADATA_DISABLED is set: no instance role"] : [],
  };
}

// eslint-disable-next-line no-restricted-syntax -- the SDK's credential chain reads these AWS_* variables itself; this only names which one it will find.
export const serverCredentialSource = (demo: boolean) => describeCredentialSource(process.env, demo);
