type FieldProps = {
  label: string;
  name: string;
  type?: string;
  errors?: string[];
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
};

/** A labelled input whose server-side errors appear beside it and are announced to screen readers. */
export function Field({ label, name, type = "text", errors, defaultValue, autoComplete, required, hint }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-sky-600 focus:ring-1 focus:ring-sky-600 focus:outline-none aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-950"
      />
      {hint && !errors?.length && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {errors?.length ? (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
