// A form that creates something on the server and gets its one-time secret back: posts the form's fields, keeps
// the answer (shown once) or the error, and clears the form for the next one.
import { useState, type FormEvent } from 'react';
import { api } from '../api.js';

export function useCreateForm<T>(url: string, body: (f: FormData) => Record<string, unknown>, onCreated: () => void) {
  const [created, setCreated] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    setCreated(null);
    api<T>(url, { method: 'POST', json: body(new FormData(form)) })
      .then((r) => { setCreated(r); form.reset(); onCreated(); })
      .catch((err: Error) => setError(err.message));
  };
  return { created, error, submit };
}
