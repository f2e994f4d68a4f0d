/**
 * "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY" → "5Grw…utQY".
 * Strings no longer than head + tail + 1 are returned unchanged.
 */
export function shortAddress(address: string, head = 4, tail = 4): string {
  if (address.length <= head + tail + 1) return address;
  return `${address.slice(0, head)}…${address.slice(address.length - tail)}`;
}
