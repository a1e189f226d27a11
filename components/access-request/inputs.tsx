"use client";

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-950";

type Common = { name: string; label: string; hint?: string; errors?: string[]; disabled?: boolean };

function Frame({ name, label, hint, errors, children, extra }: Common & { children: React.ReactNode; extra?: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`ar-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {extra}
      {hint && !errors?.length && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {errors?.length ? (
        <p id={`ar-${name}-error`} role="alert" data-testid={`error-${name}`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput(props: Common & { value: string; onChange: (v: string) => void; type?: string; placeholder?: string }) {
  const { name, value, onChange, errors, disabled, type = "text", placeholder } = props;
  return (
    <Frame {...props}>
      <input
        id={`ar-${name}`}
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `ar-${name}-error` : undefined}
        className={inputClass}
      />
    </Frame>
  );
}

export function TextArea(
  props: Common & { value: string; onChange: (v: string) => void; rows?: number; max?: number; extra?: React.ReactNode },
) {
  const { name, value, onChange, errors, disabled, rows = 3, max } = props;
  return (
    <Frame
      {...props}
      extra={
        max ? (
          <p className="text-right text-xs text-slate-500">
            {value.length.toLocaleString("en-US")} / {max.toLocaleString("en-US")}
          </p>
        ) : (
          props.extra
        )
      }
    >
      <textarea
        id={`ar-${name}`}
        name={name}
        rows={rows}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `ar-${name}-error` : undefined}
        className={inputClass}
      />
    </Frame>
  );
}

export function Choice<T extends string>(
  props: Common & { value: T | undefined; options: { value: T; label: string; hint?: string }[]; onChange: (v: T) => void },
) {
  const { name, label, value, options, onChange, errors, disabled } = props;
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-checked:border-sky-600 dark:border-slate-700"
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              disabled={disabled}
              onChange={() => onChange(o.value)}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{o.label}</span>
              {o.hint && <span className="block text-xs text-slate-600 dark:text-slate-400">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p role="alert" data-testid={`error-${name}`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
