// The rules a new password must meet, as the server enforces them (backend/accounts/passwords.py).
// Shown before the reader types; the server stays the judge and its refusal is worded from its code.
export const passwordRules = { minLength: 10, maxLength: 1024 } as const;
