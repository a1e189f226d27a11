import { buttonStyles } from "@/components/ui/button-styles";

/** The Remove button of a watched region or account: a one-button form posting `fields` to the list's action. */
export function StopWatchingForm({
  action,
  fields,
  name,
  pending,
}: {
  action: (form: FormData) => void;
  fields: Record<string, string>;
  name: string;
  pending: boolean;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} className={buttonStyles.secondary} aria-label={`Stop watching ${name}`}>
        Remove
      </button>
    </form>
  );
}
