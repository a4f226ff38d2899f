// Every site profile, in the order they are tried. The generic Founder profile comes last.
import type { SiteProfile } from '../types';
import { founder } from './founder';
import { hangzhou } from './hangzhou';
import { huzhou } from './huzhou';
import { jxrb } from './jxrb';
import { qjwb } from './qjwb';
import { rmrb } from './rmrb';
import { sxrb } from './sxrb';
import { xsrb } from './xsrb';
import { zjrb } from './zjrb';

/** Papers known by host. */
export const KNOWN_SITES: readonly SiteProfile[] = [xsrb, zjrb, qjwb, jxrb, sxrb, huzhou, hangzhou, rmrb];

/** The profile for Founder e-papers not in the list. */
export const GENERIC_FOUNDER: SiteProfile = founder;

/** Content-script match patterns for every known host (`*://host/*`). */
export function knownHostMatches(): string[] {
  return KNOWN_SITES.flatMap((s) => s.hosts.map((h) => `*://${h}/*`));
}
