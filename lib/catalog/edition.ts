// The requirements edition every rule is checked against: the source document's date (facts.md S0/S1).
export const CATALOG_AS_OF = "2024-10-24";
export const CATALOG_SOURCE =
  "Microsoft Learn: Prerequisites for Microsoft Tunnel in Intune (ms.date 10/24/2024), with newer official additions noted per entry";
