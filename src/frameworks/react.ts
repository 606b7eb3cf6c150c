/**
 * `<totp-enroll>` in React 19's JSX: `import type {} from 'totp-enroll/react'` once, then
 * `<totp-enroll expiration-minutes="10" client={api} ontotp-created={…} />` type-checks.
 * React 19 sets `client` and `strings` as properties and binds `on<event-name>` as listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { TotpEnroll } from '../elements/totp-enroll.js';
import type { TotpEnrollAttributes, TotpEnrollLowercaseListeners, TotpEnrollProperties } from './attributes.js';

/** What `<totp-enroll>` accepts in JSX. */
export type TotpEnrollJsxProps = DetailedHTMLProps<HTMLAttributes<TotpEnroll>, TotpEnroll>
  & TotpEnrollAttributes & TotpEnrollProperties & TotpEnrollLowercaseListeners;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'totp-enroll': TotpEnrollJsxProps;
    }
  }
}
