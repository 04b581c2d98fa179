/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error'
