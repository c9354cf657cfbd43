/** A configuration a person must fix (a bad variable, a missing or unreadable local file). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
