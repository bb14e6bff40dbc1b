// The [SEED] facts: each with its section of the source document (edition 2024-10-24) and the sentence it rests on.
// German quotes are copied verbatim from shared/seed/tunnel-prerequisites.de.txt (a test checks it); English is
// the English twin's sentence (MicrosoftDocs/memdocs microsoft-tunnel-prerequisites.md @035927fb) unless marked.
import type { Citation, FactSources, Quote, Section } from "./sources";

/** Headings of the source document (German as printed in the seed, English as on the twin page). */
export const SEED_SECTIONS = {
  intro: { en: "Prerequisites for the Microsoft Tunnel in Intune", de: "Voraussetzungen für Microsoft Tunnel in Intune", anchor: null },
  linuxServer: { en: "Linux server", de: "Linux-Server" },
  bridge: { en: "Default bridge network", de: "Standardbrückennetzwerk" },
  bridgeDocker: { en: "Change the default bridge network used by Docker", de: "Ändern des von Docker verwendeten Standardbrückennetzwerks" },
  bridgePodman: { en: "Change the default bridge network used by Podman", de: "Ändern des von Podman verwendeten Standardbrückennetzwerks" },
  auditing: { en: "Linux system auditing", de: "Linux-Systemüberwachung" },
  network: { en: "Network", de: "Netzwerk" },
  firewall: { en: "Firewall", de: "Firewall" },
  proxy: { en: "Proxy", de: "Proxy" },
  proxyDocker: { en: "Configure an outbound proxy for Docker", de: "Konfigurieren eines ausgehenden Proxys für Docker" },
  proxyPodman: { en: "Configure an outbound proxy for Podman", de: "Konfigurieren eines ausgehenden Proxys für Podman" },
  podmanImages: {
    en: "Configure Podman to use the proxy to download image updates",
    de: "Konfigurieren von Podman für die Verwendung des Proxys zum Herunterladen von Imageupdates",
  },
  proxyUpdate: { en: "Update the proxy server in use by the tunnel server", de: "Den Proxyserver aktualisieren, der vom Tunnelserver verwendet wird" },
  platforms: { en: "Platforms", de: "Plattformen" },
  permissions: { en: "Permissions", de: "Berechtigungen" },
  readiness: { en: "Run the readiness tool", de: "Ausführen des Bereitschaftstools" },
  ipTables: { en: "Manually load ip_tables", de: "Laden Sie ip_tables manuell" },
  ipTablesModule: { en: "Manually load the ip_tables module", de: "Das ip_tables-Modul manuell laden" },
  ipTablesBoot: { en: "Configure Linux to load ip_tables at boot", de: "Linux so konfigurieren, dass ip_tables beim Start geladen wird" },
  tun: { en: "Manually load the tun module", de: "Manuelles Laden des Tun-Moduls" },
  tunBoot: { en: "Configure Linux to load tun at boot", de: "Konfigurieren von Linux zum Laden von Tun beim Start" },
} as const satisfies Record<string, Section>;

type SeedSection = keyof typeof SEED_SECTIONS;
/** One citation of the source document: section, German original, English rendering. */
type Cite = [section: SeedSection, de: string, en: string, enFrom?: Quote["enFrom"]];

const cite = ([section, de, en, enFrom = "S1"]: Cite): Citation => ({ source: "S0", section: SEED_SECTIONS[section], quote: { de, en, enFrom } });

/** A [SEED] fact: its citations of the source document, plus any other source facts.md names for it. */
function seed(fact: number, cites: readonly Cite[], more: readonly Citation[] = []): FactSources {
  return { fact, tag: "seed", cites: [...cites.map(cite), ...more] };
}

const PODMAN_NOTE_DE =
  "Container, die von Podman v3 und früher erstellt wurden , können nicht mit Podman v4.2 und höher verwendet werden. Wenn Sie Container aktualisieren und ändern, planen Sie, neue Container zu erstellen und Microsoft Tunnel zu deinstallieren und dann neu zu installieren.";
const PODMAN_NOTE_EN =
  "Containers created by Podman v3 and earlier aren't usable with Podman v4.2 and later. If upgrading and changing containers, plan to create new containers and to uninstall and then reinstall Microsoft Tunnel.";
const IP_TABLES_ROW_DE =
  "Diese Version von RHEL lädt das ip_tables-Modul nicht automatisch in den Linux-Kernel. Wenn Sie diese Version verwenden, planen Sie, die ip_tables manuell zu laden, bevor Tunnel installiert wird.";
const IP_TABLES_ROW_EN =
  "This version of RHEL doesn't automatically load the ip_tables module into the Linux kernel. When you use this version, plan to manually load the ip_tables before Tunnel is installed.";
const UPDATE_PROXY_DE = "Bearbeiten Sie auf dem Tunnelserver /etc/mstunnel/env.sh und geben Sie den neuen Proxyserver an. … Ausführen mst-cli install. … Mit diesem Befehl werden die Container mit den neuen Proxy-Server-Details neu erstellt.";
const UPDATE_PROXY_EN = "On the tunnel server, edit /etc/mstunnel/env.sh and specify the new proxy server. … Run mst-cli install. … This command rebuilds the containers with the new proxy server details.";

export const SEED_FACT_SOURCES: readonly FactSources[] = [
  seed(1, [["intro", "Ein Azure-Abonnement.", "An Azure subscription."]]),
  seed(2, [["intro", "Ein Microsoft Intune Plan 1-Abonnement.", "A Microsoft Intune Plan 1 subscription."]]),
  seed(
    3,
    [
      [
        "intro",
        "Diese Voraussetzung gilt für Microsoft Tunnel und umfasst nicht Microsoft Tunnel für die Verwaltung mobiler Anwendungen, bei dem es sich um ein Intune-Add-On handelt, das ein Microsoft Intune Plan 2-Abonnement erfordert.",
        "This prerequisite is for Microsoft Tunnel, and does not include Microsoft Tunnel for Mobile Application Management, which is an Intune add-on that requires a Microsoft Intune Plan 2 subscription.",
      ],
    ],
    [{ source: "mam-ios-sdk" }],
  ),
  seed(4, [
    [
      "intro",
      "Ein Linux-Server, auf dem Container ausgeführt werden. Der Server kann lokal oder in der Cloud sein und unterstützt einen der folgenden Containertypen: … Podman für Red Hat Enterprise Linux (RHEL). … Docker für alle anderen Linux-Distributionen.",
      "A Linux server that runs containers. The server can be on-premises or in the cloud, and supports one of the following container types: … Podman for Red Hat Enterprise Linux (RHEL). … Docker for all other Linux distributions.",
    ],
  ]),
  seed(5, [
    [
      "intro",
      "Ein TLS-Zertifikat (Transport Layer Security) für den Linux-Server, um Verbindungen zwischen Geräten und dem Tunnel Gateway-Server zu schützen.",
      "A Transport Layer Security (TLS) certificate for the Linux server to secure connections from devices to the Tunnel Gateway server.",
    ],
  ]),
  seed(6, [["intro", "Geräte, auf denen Android oder iOS/iPadOS ausgeführt wird.", "Devices that run Android or iOS/iPadOS."]]),
  seed(7, [
    [
      "intro",
      "Tunnel und Global Secure Access (GSA) können nicht gleichzeitig auf demselben Gerät verwendet werden.",
      "Tunnel and Global Secure Access (GSA) cannot be use simultaneously on the same device.",
    ],
  ]),
  seed(8, [
    [
      "intro",
      "Nach dem Konfigurieren der Voraussetzungen wird empfohlen, das Bereitschaftstool auszuführen, um zu überprüfen, ob Ihre Umgebung für eine erfolgreiche Installation gut konfiguriert ist.",
      "After configuring the prerequisites, we recommend you run the readiness tool to help validate that your environment is well configured for a successful installation.",
    ],
  ]),
  seed(14, [
    [
      "linuxServer",
      "Nur die in der folgenden Tabelle aufgeführten Betriebssysteme und Containerversionen werden unterstützt. Nicht aufgeführte Versionen werden nicht unterstützt. Erst nach dem Ausführen von Tests zur Überprüfung der Unterstützbarkeit werden neuere Versionen zu dieser Liste hinzugefügt. Halten Sie das Betriebssystem auch mit Sicherheitsupdates auf dem neuesten Stand.",
      "Only the operating systems and container versions that are listed in the following table are supported. Versions not listed are not supported. Only after testing and supportability are verified are newer versions added to this list. Keep OS up to date with security updates as well.",
    ],
  ]),
  seed(15, [
    [
      "linuxServer",
      "Im April 2023 beendet Ubuntu die Unterstützung für Ubuntu 18.04. Mit dem Ende des Supports durch Ubuntu endet Intune auch die Unterstützung für Ubuntu 18.04 für die Verwendung mit Microsoft Tunnel.",
      "In April of 2023, Ubuntu will end support for Ubuntu 18.04. With the end of support by Ubuntu, Intune will also end support for Ubuntu 18.04 for use with Microsoft Tunnel.",
    ],
  ]),
  seed(16, [["linuxServer", PODMAN_NOTE_DE, PODMAN_NOTE_EN]]),
  seed(17, [
    [
      "linuxServer",
      "Docker Version 19.03 CE oder höher. … Podman Version 3.0 oder 4.0 abhängig von der Rhel-Version.",
      "Docker version 19.03 CE or later. … Podman version 3.0 or 4.0 depending on the version of RHEL.",
    ],
  ]),
  seed(18, [
    [
      "linuxServer",
      "Der vorherige Link leitet Sie zum Download und den Installationsanweisungen für CentOS weiter. Verwenden Sie die gleichen Anweisungen für RHEL 7.4. Die standardmäßig auf RHEL 7.4 installierte Version ist zu alt, um Microsoft Tunnel Gateway zu unterstützen.",
      "The preceding link directs you to the CentOS download and installation instructions. Use those same instructions for RHEL 7.4. The version installed on RHEL 7.4 by default is too old to support Microsoft Tunnel Gateway.",
    ],
  ]),
  seed(19, [
    [
      "linuxServer",
      "Installieren Sie Podman unter Red Hat Enterprise Linux 8.4 und höher (scrollen Sie nach unten zu RHEL8). … Diese Versionen von RHEL unterstützen Docker nicht. Stattdessen verwenden diese Versionen Podman, und Podman ist Teil eines Moduls namens „Containertools“.",
      "Install Podman on Red Hat Enterprise Linux 8.4 and later (scroll down to RHEL8). … These versions of RHEL don't support Docker. Instead, these versions use Podman, and podman is part of a module called \"container-tools\".",
    ],
  ]),
  seed(20, [
    [
      "linuxServer",
      "Rootless Podman: Microsoft Tunnel unterstützt die Verwendung eines Rootless Podman-Containers. … Die Verwendung von Podman ohne Stamm erfordert zusätzliche Voraussetzungen , die in diesem Artikel beschrieben sind, und die Verwendung einer geänderten Befehlszeile, wenn Sie das Tunnel-Installationsskript starten.",
      "Rootless Podman: Microsoft Tunnel supports use of a rootless Podman container. … Use of rootless Podman requires additional prerequisites to those detailed in this article, and the use of a modified command line when you start the Tunnel installation script.",
    ],
  ]),
  seed(28, [
    [
      "linuxServer",
      "Größe des Linux-Servers anpassen:Verwenden Sie die folgenden Anleitungen, um die erwartete Verwendung zu erfüllen:",
      "Size the Linux server: Use the following guidance to meet your expected use:",
    ],
  ]),
  seed(29, [
    [
      "linuxServer",
      "Die Unterstützung wird linear skaliert. Während jeder Microsoft-Tunnel bis zu 64.000 gleichzeitige Verbindungen unterstützt, können einzelne Geräte mehrere Verbindungen öffnen.",
      "Support scales linearly. While each Microsoft Tunnel supports up to 64,000 concurrent connections, individual devices can open multiple connections.",
    ],
  ]),
  seed(30, [["linuxServer", "CPU: 64-Bit-AMD/Intel-Prozessor.", "CPU: 64-bit AMD/Intel processor."]]),
  seed(36, [
    [
      "linuxServer",
      "TLS (Transport Layer Security)-Zertifikat:Der Linux-Server benötigt ein vertrauenswürdiges TLS-Zertifikat, um die Verbindung zwischen Geräten und dem Tunnel Gatewayserver zu sichern. Während der Installation des Tunnelgateways fügen Sie dem Server das TLS-Zertifikat und die vollständige vertrauenswürdige Zertifikatkette hinzu.",
      "Transport Layer Security (TLS) certificate: The Linux server requires a trusted TLS certificate to secure the connection between devices and the Tunnel Gateway server. During installation of the Tunnel Gateway, you add to the server the TLS certificate and full trusted certificate chain.",
    ],
  ]),
  seed(37, [
    [
      "linuxServer",
      "Der SAN (Subject Alternative Name) des TLS-Zertifikats, das Sie zum Schützen des Tunnel-Gatewayendpunkts verwenden, muss mit der IP-Adresse oder dem FQDN des Tunnel-Gatewayservers übereinstimmen.",
      "The Subject Alternative Name (SAN) of the TLS certificate you use to secure the Tunnel Gateway endpoint must match the IP address or FQDN of the Tunnel Gateway server.",
    ],
  ]),
  seed(38, [
    [
      "linuxServer",
      "Für das TLS-Zertifikat darf das Ablaufdatum maximal zwei Jahre betragen. Wenn das Datum länger als zwei Jahre ist, wird es auf iOS-Geräten nicht akzeptiert.",
      "TLS certificate can't have an expiration date longer than two years. If the date is longer than two years, it isn't accepted on iOS devices.",
    ],
  ]),
  seed(40, [
    [
      "linuxServer",
      "Die Unterstützung von Wildcards ist begrenzt. * .contoso.com wird beispielsweise unterstützt, aber cont*.com wird nicht unterstützt.",
      "Support of wildcards is limited. For example, *.contoso.com is supported, but cont*.com isn't supported.",
    ],
  ]),
  seed(41, [
    [
      "linuxServer",
      "Während der Installation des Tunnel Gateway-Servers müssen Sie die gesamte vertrauenswürdige Zertifikatkette auf Ihren Linux-Server kopieren. Das Installationsskript gibt den Speicherort an, in den Sie die Zertifikatdateien kopieren müssen, und fordert Sie zum Kopieren auf.",
      "During installation of the Tunnel Gateway server, you must copy the entire trusted certificate chain to your Linux server. The installation script provides the location where you copy the certificate files and prompts you to do so.",
    ],
  ]),
  seed(42, [
    [
      "linuxServer",
      "Wenn Sie ein TLS-Zertifikat verwenden, das nicht öffentlich vertrauenswürdig ist, müssen Sie die gesamte Vertrauenskette mithilfe eines Intune vertrauenswürdigen Zertifikatprofils an Geräte pushen.",
      "If you use a TLS certificate that isn't publicly trusted, you must push the entire trust chain to devices using an Intune Trusted certificate profile.",
    ],
  ]),
  seed(43, [["linuxServer", "Das TLS-Zertifikat kann PEM- oder PFX-Format vorliegen.", "The TLS certificate can be in PEM or pfx format."]]),
  seed(44, [
    [
      "linuxServer",
      "Um die Integritätsprüfung für die TLS-Zertifikatssperrung zu unterstützen, stellen Sie sicher, dass vom Server aus auf die Adresse des Online Certificate Status Protocol (OCSP) oder die Zertifikatsperrliste (Certificate Revocation List, CRL) zugegriffen werden kann, wie sie vom TLS-Zertifikat definiert ist.",
      "To support the TLS certificate revocation health check, ensure the Online Certificate Status Protocol (OCSP) or certificate revocation list (CRL) address as defined by the TLS certificate is accessible from the server.",
    ],
  ]),
  seed(45, [
    [
      "linuxServer",
      "Konfigurieren Sie das Tunnelclientzertifikat mit einem Schlüssel, der mindestens 2048 Bit ist. Es wird empfohlen, größere Schlüssel zu verwenden, damit Ihre Bereitstellung für zukünftige und sich weiterentwickelnde SSL/TLS-Anforderungen durch verschiedene SSL/TLS-Bibliothekslösungen unterstützt wird.",
      "Configure the Tunnel clients certificate with a key that is 2048-bits or larger. We recommend larger keys to help your deployment stay in support for future and evolving SSL/TLS requirements by various SSL/TLS library solutions.",
    ],
  ]),
  seed(192, [
    [
      "linuxServer",
      "Überprüfen Sie in regelmäßigen Abständen die Anforderungen ihrer ausgewählten SSL/TLS-Bibliothek, um sicherzustellen, dass Ihre Infrastruktur und Zertifikate weiterhin unterstützt werden und den aktuellen Änderungen für diese Bibliothek entsprechen, und stellen Sie bei Bedarf Tunnel-Clientzertifikate erneut aus, um mit den sich entwickelnden Anforderungen Ihrer Lösungen auf dem neuesten Stand zu bleiben.",
      "Periodically review the requirements of your chosen SSL/TLS library to ensure your infrastructure and certificates remain supported and in compliance to recent changes for that library, and reissue Tunnel client certificates when necessary to stay current with your solutions evolving requirements.",
    ],
  ]),
  seed(51, [
    [
      "linuxServer",
      "TLS-Version: Standardmäßig verwenden Verbindungen zwischen Microsoft Tunnel-Clients und -Servern TLS 1.3. Wenn TLS 1.3 nicht verfügbar ist, kann die Verbindung auf DIE Verwendung von TLS 1.2 zurückgreifen.",
      "TLS version: By default, connections between Microsoft Tunnel clients and servers use TLS 1.3. When TLS 1.3 isn't available, the connection can fall back to use TLS 1.2.",
    ],
  ]),
  seed(194, [
    [
      "linuxServer",
      "Microsoft Tunnel erfordert Docker oder Podman auf dem Linux-Server, um Unterstützung für Container bereitzustellen. Container bieten eine konsistente Ausführungsumgebung, Integritätsüberwachung und proaktive Wiederherstellung sowie ein sauberes Upgradeszenario.",
      "Microsoft Tunnel requires Docker or Podman on the Linux server to provide support for containers. Containers provide a consistent execution environment, health monitoring and proactive remediation, and a clean upgrade experience.",
    ],
  ]),
  seed(55, [
    [
      "bridge",
      "Sowohl Podman- als auch Docker-Container verwenden ein Brückennetzwerk, um Datenverkehr über den Linux-Host weiterzuleiten. Wenn das Containerbrückennetzwerk mit einem Unternehmensnetzwerk in Konflikt tritt, kann Tunnel Gateway datenverkehr nicht erfolgreich an dieses Unternehmensnetzwerk weiterleiten. … Docker: 172.17.0.0/16 … Podman: 10.88.0.0/16",
      "Both Podman and Docker containers use a bridge network to forward traffic through the Linux host. When the containers bridge network conflicts with a corporate network, Tunnel Gateway can't successfully route traffic to that corporate network. … Docker: 172.17.0.0/16 … Podman: 10.88.0.0/16",
    ],
  ]),
  seed(56, [
    [
      "bridge",
      "Der Tunnel Gateway-Server muss installiert sein, bevor Sie die Brückennetzwerkkonfiguration ändern können.",
      "The Tunnel Gateway server must be installed before you can change the bridge network configuration.",
    ],
  ]),
  seed(57, [
    [
      "bridgeDocker",
      "Verwenden Sie den folgenden Befehl, um den MS Tunnel Gateway-Container zu beenden: sudo mst-cli server stop ; sudo mst-cli agent stop",
      "Use the following command to stop the MS Tunnel Gateway container: sudo mst-cli server stop ; sudo mst-cli agent stop",
    ],
  ]),
  seed(58, [
    [
      "bridgeDocker",
      "Führen Sie als Nächstes den folgenden Befehl aus, um das vorhandene Docker-Brückengerät zu entfernen: sudo ip link del docker0",
      "Next, run the following command to remove the existing Docker bridge device: sudo ip link del docker0",
    ],
  ]),
  seed(59, [
    [
      "bridgeDocker",
      "Docker verwendet die Datei /etc/docker/daemon.json, um eine neue Standard-IP-Adresse der Brücke zu konfigurieren. In der Datei muss die IP-Adresse der Brücke in CIDR-Notation (Classless inter-domain routing) angegeben werden. … Die in den folgenden Schritten verwendete IP-Adresse ist ein Beispiel. Stellen Sie sicher, dass die von Ihnen verwendete IP-Adresse nicht mit Ihrem Unternehmensnetzwerk in Konflikt gerät.",
      "Docker uses the file /etc/docker/daemon.json to configure a new default bridge IP address. In the file, the bridge IP address must be specified in CIDR (Classless inter-domain routing) notation … The IP address that's used in the following steps is an example. Be sure the IP address you use doesn't conflict with your corporate network.",
    ],
  ]),
  seed(60, [
    [
      "bridgeDocker",
      "Verwenden Sie den folgenden Befehl, um den MS Tunnel Gateway-Container zu starten: sudo mst-cli agent start ; sudo mst-cli server start",
      "Use the following command to start the MS Tunnel Gateway container: sudo mst-cli agent start ; sudo mst-cli server start",
    ],
  ]),
  seed(61, [
    [
      "bridgePodman",
      "Podman verwendet die Datei /etc/cni/net.d as 87-podman-bridge.conflist, um eine neue Standard-IP-Adresse der Brücke zu konfigurieren. … Führen Sie als Nächstes den folgenden Befehl aus, um das vorhandene Podman-Brückengerät zu entfernen: sudo ip link del cni-podman0",
      "Podman uses the file /etc/cni/net.d as 87-podman-bridge.conflist to configure a new default bridge IP address. … Next, run the following command to remove the existing Podman bridge device: sudo ip link del cni-podman0",
    ],
  ]),
  seed(63, [
    [
      "auditing",
      "Die Linux-Systemüberwachung wird für Microsoft Tunnel empfohlen, ist aber nicht erforderlich. Um die Systemüberwachung verwenden zu können, muss auf einem Linux-Server das auditd-Paket auf installiert sein /etc/audit/auditd.conf.",
      "Linux system auditing is recommended for Microsoft Tunnel, but not required. To use system auditing, a Linux server must have the auditd package installed to /etc/audit/auditd.conf.",
      "S1b",
    ],
  ]),
  seed(64, [
    [
      "auditing",
      "Red Hat: Versionen von Red Had Enterprise Linux 7 und höher installieren das überwachte Paket standardmäßig. Wenn das Paket jedoch nicht installiert ist, können Sie es über die folgende Befehlszeile auf dem Linux-Server installieren: sudo dnf install audit audispd-plugins",
      "Red Hat: Versions of Red Had Enterprise Linux 7 and later install the auditd package by default. However, if the package isn't installed, you can use the following command line on the Linux server to install it: sudo dnf install audit audispd-plugins",
      "S1b",
    ],
  ]),
  seed(65, [
    [
      "auditing",
      "Ubuntu: Um die Systemüberwachung mit Ubuntu verwenden zu können, müssen Sie das überwachte Paket manuell installieren. Verwenden Sie dazu die folgende Befehlszeile auf dem Linux-Server: sudo apt install auditd audispd-plugins",
      "Ubuntu: To use system auditing with Ubuntu you must manually install the auditd package. To do so, use the following command line on the Linux server: sudo apt install auditd audispd-plugins",
      "S1b",
    ],
  ]),
  seed(67, [
    [
      "network",
      "Erweitern der Paketweiterleitung für IPv4: Auf jedem Linux-Server, der die Tunnel-Serversoftware hostet, muss die IP-Weiterleitung für IPv4 aktiviert sein. … sysctl net.ipv4.ip_forward … cat /proc/sys/net/ipv4/ip_forward",
      "Enable packet forwarding for IPv4: Each Linux server that hosts the Tunnel server software must have IP forwarding for IPv4 enabled. … sysctl net.ipv4.ip_forward … cat /proc/sys/net/ipv4/ip_forward",
    ],
  ]),
  seed(68, [
    [
      "network",
      "Wenn diese Option nicht aktiviert ist, können Sie die IP-Weiterleitung vorübergehend aktivieren, indem Sie einen der folgenden generischen Befehle als root oder sudo auf dem Server ausführen. … sysctl -w net.ipv4.ip_forward=1 … echo 1 > /proc/sys/net/ipv4/ip_forward",
      "If not enabled, you can temporarily enable IP forwarding by running one of the following generic commands as root or sudo on the server. … sysctl -w net.ipv4.ip_forward=1 … echo 1 > /proc/sys/net/ipv4/ip_forward",
    ],
  ]),
  seed(69, [
    [
      "network",
      "Um die IP-Weiterleitung dauerhaft zu aktivieren, bearbeiten Sie auf jedem Linux-Server die Datei /etc/sysctl.conf, indem Sie das führende Rautenzeichen (#) aus #net.ipv4.ip_forward=1 entfernen, um die Paketweiterleitung zu aktivieren. … Damit diese Änderung wirksam wird, müssen Sie entweder den Server neu starten oder sysctl -p ausführen.",
      "To make IP forwarding permanent, on each Linux server edit the /etc/sysctl.conf file and remove the leading hashtag (#) from #net.ipv4.ip_forward=1 to enable packet forwarding. … For this change to take effect, you must either reboot the server or run sysctl -p.",
    ],
  ]),
  seed(79, [
    [
      "network",
      "Konfigurieren mehrerer NICs pro Server(Optional):Es wird empfohlen, zwei Netzwerkschnittstellencontroller (Network Interface Controller, NICs) pro Linux-Server zu verwenden, um die Leistung zu verbessern, obwohl die Verwendung von zwei optional ist.",
      "Configure multiple NICs per server (Optional): We recommend using two Network Interface controllers (NICs) per Linux server to improve performance, though use of two is optional.",
    ],
  ]),
  seed(80, [
    [
      "network",
      "Sicherstellen, dass cloudbasierte Linux-VMs auf Ihr lokales Netzwerk zugreifen können: Wenn Sie Linux als virtuellen Computer in einer Cloud ausführen, stellen Sie sicher, dass der Server auf Ihr lokales Netzwerk zugreifen kann. … Azure ExpressRoute ist nicht erforderlich, wenn Sie den Server lokal auf einer VM ausführen.",
      "Ensure cloud-based Linux VMs can access your on-premises network: If you run Linux as a VM in a cloud, ensure the server can access your on-premises network. … Azure ExpressRoute isn't necessary when you run the server in a VM on-premises.",
    ],
  ]),
  seed(81, [
    [
      "network",
      "Lastenausgleichsmodule(optional): Wenn Sie sich für das Hinzufügen eines Lastenausgleichs entscheiden, finden Sie konfigurationsdetails in der Dokumentation Ihrer Anbieter. … Der Tunnelserver antwortet auf GET-Anforderungen mit einer statischen Seite. Die Antwort wird von Lastenausgleichsmodulen als Test verwendet, um die Gültigkeit des Tunnelservers zu überprüfen.",
      "Load balancers (Optional): If you choose to add a load balancer, consult your vendors documentation for configuration details. … The Tunnel server responds to GET requests with a static page. The response is used as a probe by load balancers as a way to check for the liveness of Tunnel server.",
    ],
  ]),
  seed(82, [
    [
      "network",
      "Pro-App-VPN und Domänenunterstützung auf oberster Ebene : Die Verwendung pro App-VPN mit interner Verwendung lokaler Domänen der obersten Ebene wird von Microsoft Tunnel nicht unterstützt.",
      "Per-app VPN and Top-level domain support - Per-app-VPN use with internal use of local top-level domains isn't supported by Microsoft Tunnel.",
    ],
  ]),
  seed(87, [
    [
      "firewall",
      "Beim Erstellen der Serverkonfiguration für den Tunnel können Sie einen anderen Port als den Standardport 443 angeben. Wenn Sie einen anderen Port angeben, konfigurieren Sie die Firewalls so, dass Ihre Konfiguration unterstützt wird.",
      "When creating the Server configuration for the tunnel, you can specify a different port than the default of 443. If you specify a different port, configure firewalls to support your configuration.",
    ],
  ]),
  seed(92, [
    [
      "firewall",
      "Um auf den Sicherheitstokendienst und den Azure-Speicher für Protokolle zuzugreifen, gewähren Sie Zugriff auf die folgenden FQDNs: … Sicherheitstokendienst: *.sts.windows.net … Azure-Speicher für Tunnelprotokolle: *.blob.core.windows.net … Andere Speicherendpunkt-URLs: *.blob.storage.azure.net … Microsoft Intune:*.manage.microsoft.com … Microsoft-Authentifizierung: login.microsoftonline.com … Microsoft Graph: graph.microsoft.com",
      "To access the security token service and Azure storage for logs, provide access to the following FQDNs: … Security Token Service: *.sts.windows.net … Azure storage for tunnel logs: *.blob.core.windows.net … Other storage endpoint urls: *.blob.storage.azure.net … Microsoft Intune: *.manage.microsoft.com … Microsoft authentication: login.microsoftonline.com … Microsoft Graph: graph.microsoft.com",
    ],
  ]),
  seed(103, [["proxy", "Sie können einen Proxyserver mit Microsoft Tunnel verwenden.", "You can use a proxy server with Microsoft Tunnel."]]),
  seed(104, [
    ["proxyDocker", "Authentifizierte Proxys werden nicht unterstützt.", "Authenticated proxies aren't supported."],
    ["proxyPodman", "Authentifizierte Proxys werden nicht unterstützt.", "Authenticated proxies aren't supported."],
  ]),
  seed(105, [
    [
      "proxyDocker",
      "Der Proxy kann keine Unterbrechungen und Überprüfungen durchführen, da der Linux-Server beim Herstellen einer Verbindung mit Intune die gegenseitige TLS-Authentifizierung verwendet.",
      "The proxy can't perform break and inspect because the Linux server uses TLS mutual authentication when connecting to Intune.",
    ],
  ]),
  seed(106, [
    [
      "proxyDocker",
      "Wenn Sie einen internen Proxy verwenden, müssen Sie den Linux-Host möglicherweise mithilfe von Umgebungsvariablen so konfigurieren, dass der Proxyserver verwendet wird. Um die Variablen zu verwenden, bearbeiten Sie die Datei /etc/environment auf dem Linux-Server, und fügen Sie die folgenden Zeilen hinzu:",
      "If you use an internal proxy, you might need to configure the Linux host to use your proxy server by using environment variables. To use the variables, edit the /etc/environment file on the Linux server, and add the following lines:",
    ],
  ]),
  seed(107, [
    [
      "proxyDocker",
      "Konfigurieren Sie Docker so, dass der Proxy zum Pullen von Images verwendet wird. Bearbeiten Sie hierzu die Datei /etc/systemd/System/docker.service.d/http-proxy.conf auf dem Linux-Server, und fügen Sie die folgenden Zeilen hinzu:",
      "Configure Docker to use the proxy to pull images. To do so, edit the /etc/systemd/system/docker.service.d/http-proxy.conf file on the Linux server and add the following lines:",
    ],
  ]),
  seed(108, [
    [
      "proxyDocker",
      "Microsoft Tunnel unterstützt keine Microsoft Entra Anwendungsproxy oder ähnliche Proxylösungen.",
      "Microsoft Tunnel doesn't support Microsoft Entra application proxy, or similar proxy solutions.",
    ],
  ]),
  seed(109, [
    [
      "proxyPodman",
      "Podman liest HTTP-Proxyinformationen, die in /etc/profile.d/http_proxy.shgespeichert sind. Wenn diese Datei nicht auf Ihrem Server vorhanden ist, erstellen Sie sie.",
      "Podman reads HTTP Proxy information stored in /etc/profile.d/http_proxy.sh. If this file doesn't exist on your server, create it.",
    ],
  ]),
  seed(110, [
    [
      "proxyPodman",
      "Wenn Sie diese beiden Zeilen http_proxy.sh hinzufügen, bevor Sie Microsoft Tunnel Gateway installieren, indem Sie mstunnel-setup ausführen, konfiguriert das Skript automatisch die Proxyumgebungsvariablen des Tunnelgateways in /etc/mstunnel/env.sh. … Tunnelgatewayserver neu starten: mst-cli server restart ausführen",
      "When you add those two lines to http_proxy.sh before you install Microsoft Tunnel Gateway by running the mstunnel-setup, the script automatically configures the Tunnel Gateway proxy environment variables in /etc/mstunnel/env.sh. … Restart the Tunnel Gateway server: Run mst-cli server restart",
    ],
  ]),
  seed(111, [
    [
      "proxyPodman",
      "Beachten Sie, dass RHEL SELinux verwendet. Da ein Proxy, der nicht auf einem SELinux-Port für http_port_t ausgeführt wird, eine zusätzliche Konfiguration erfordern kann, überprüfen Sie die Verwendung von verwalteten SELinux-Ports für HTTP.",
      "Be aware that RHEL uses SELinux. Because a proxy that doesn't run on a SELinux port for http_port_t can require extra configuration, check on the use of SELinux managed ports for http.",
    ],
  ]),
  seed(113, [
    [
      "podmanImages",
      "Sie können Podman so konfigurieren, dass der Proxy zum Herunterladen (Pullen) aktualisierter Images für Podman verwendet wird: … systemctl edit --force mstunnel_monitor",
      "You can configure Podman to use the proxy to download (pull) updated images for Podman: … systemctl edit --force mstunnel_monitor",
    ],
  ]),
  seed(115, [["proxyUpdate", UPDATE_PROXY_DE, UPDATE_PROXY_EN]]),
  seed(182, [["proxyUpdate", UPDATE_PROXY_DE, UPDATE_PROXY_EN]], [{ source: "S4", section: { en: "mst-cli command-line tool for Microsoft Tunnel Gateway" } }]),
  seed(121, [
    [
      "proxy",
      "Proxyserverkonfigurationen werden bei Android-Versionen vor Version 10 nicht unterstützt.",
      "Proxy server configurations are not supported with versions of Android prior to version 10.",
    ],
    ["platforms", "Unterstützung für einen Proxy ist auf die folgenden Plattformen beschränkt: … Android 10 und höher", "Support for a Proxy is limited to the following platforms: … Android 10 and later"],
  ]),
  seed(122, [
    [
      "proxy",
      "Stellen Sie sicher, dass Ihre Android-Branchenanwendungen sowohl für MDM als auch für MAM den direkten Proxy oder die automatische Proxykonfiguration (Proxy Auto-Configuration, PAC) unterstützen.",
      "Make sure your Android LOB applications support direct proxy or Proxy Auto-Configuration (PAC) for both MDM and MAM.",
    ],
  ]),
  seed(123, [
    [
      "proxy",
      "Bekanntes Problem: Benutzer, die versuchen, sich mit ihrem persönlichen konto oder ihrem Unternehmenskonto bei Edge anzumelden, können probleme auftreten, wenn eine Proxy Auto-Configuration (PAC) konfiguriert ist. … Der direkte Proxy ist auch eine Option ohne geteiltes Tunneln, damit die Anmeldung in Edge mithilfe von Unternehmenskonten funktioniert.",
      "Known Issue: Users who are trying to sign in to Edge using their personal or corporate accounts may face issues when a Proxy Auto-Configuration (PAC) is configured. … Direct proxy is also an option without split tunneling for sign in to work in Edge using corporate accounts.",
    ],
  ]),
  seed(127, [
    [
      "platforms",
      "Geräte müssen bei Intune registriert werden, um von Microsoft Tunnel unterstützt zu werden. Nur folgende Geräteplattformen werden unterstützt: … Dedizierte Android Enterprise-Geräte werden vom Microsoft Tunnel nicht unterstützt.",
      "Devices must be enrolled to Intune to be supported with Microsoft Tunnel. Only the following device platforms are supported: … Android Enterprise dedicated devices aren't supported by the Microsoft Tunnel.",
    ],
  ]),
  seed(128, [
    [
      "platforms",
      "Split Tunneling. Unter iOS werden Split Tunneling-Regeln jedoch ignoriert, wenn Ihr VPN-Profil ein VPN pro App verwendet.",
      "Split tunneling. However, on iOS split tunneling rules are ignored when your VPN profile uses per app VPN.",
    ],
  ]),
  seed(137, [
    [
      "permissions",
      "Damit Benutzer Microsoft Tunnel verwalten können, müssen sie über die Berechtigungen verfügen, die in der Berechtigungsgruppe Microsoft Tunnel-Gateway in Intune enthalten sind.",
      "To manage the Microsoft Tunnel, users must have permissions that are included in the Microsoft Tunnel Gateway permissions group in Intune.",
    ],
  ]),
  seed(138, [
    [
      "permissions",
      "Standardmäßig verfügen Intune-Administratoren und Microsoft Entra-Administratoren über diese Berechtigungen. Sie können diese auch benutzerdefinierten Rollen hinzufügen, die Sie für Ihren Intune-Mandanten erstellen.",
      "By default, Intune Administrators and Microsoft Entra administrators have these permissions. You can also add them to custom roles you create for your Intune tenant.",
    ],
  ]),
  seed(141, [
    [
      "readiness",
      "Laden Sie das Tool direkt mithilfe eines Webbrowsers herunter. Navigieren Sie zu https://aka.ms/microsofttunnelready, um eine Datei namens mst-readiness herunterzuladen.",
      "Download the tool directly by using a web browser. Go to https://aka.ms/microsofttunnelready to download a file named mst-readiness.",
    ],
  ]),
  seed(142, [
    [
      "readiness",
      "Überprüft, ob das Microsoft Entra Konto, das Sie zum Installieren von Microsoft Tunnel verwenden, über die erforderlichen Rollen verfügt, um die Registrierung abzuschließen. … Es bestätigt, dass die Netzwerkkonfiguration es Microsoft Tunnel ermöglicht, auf die erforderlichen Microsoft-Endpunkte zuzugreifen. … Überprüft, ob das ip_tables-Modul auf dem Linux-Server vorhanden ist.",
      "Validates that the Microsoft Entra account you use to install Microsoft Tunnel has the required roles to complete enrollment. … Confirms that your network configuration allows Microsoft Tunnel to access the required Microsoft endpoints. … Checks for the presence of the ip_tables module on the Linux server.",
    ],
  ]),
  seed(
    143,
    [
      [
        "readiness",
        "Das mst-readiness-Tool weist eine Abhängigkeit von jq auf, einem Befehlszeilen-JSON-Prozessor. Bevor Sie das Bereitschaftstool ausführen, stellen Sie sicher, dass jq installiert ist.",
        "The mst-readiness tool has a dependency on jq, a command-line JSON processor. Before you run the readiness tool, ensure jq is installed.",
      ],
    ],
    [{ source: "S9" }],
  ),
  seed(144, [
    [
      "readiness",
      "Das Skript kann von jedem Linux-Server ausgeführt werden, der sich im selben Netzwerk wie der Server befindet, den Sie installieren möchten. Dadurch können Netzwerkadministratoren das Skript verwenden, um Netzwerkprobleme unabhängig voneinander zu beheben.",
      "The script can be run from any Linux server that's on the same network as the server you that you plan to install, which enables network admins to use the script to troubleshoot network issues independently.",
    ],
  ]),
  seed(145, [
    [
      "readiness",
      "Führen Sie das Skript mit den folgenden Befehlen aus, um ihre Netzwerk- und Linux-Konfiguration zu überprüfen. … sudo ./mst-readiness network … sudo ./mst-readiness utils … ./mst-readiness account",
      "To validate your network and Linux configuration, run the script with the following commands. … sudo ./mst-readiness network … sudo ./mst-readiness utils … ./mst-readiness account",
    ],
  ]),
  seed(
    193,
    [
      [
        "readiness",
        "sudo ./mst-readiness network – Dieser Befehl führt die folgenden Aktionen aus und meldet dann Erfolg oder Fehler für beide: … Es versucht, eine Verbindung mit jedem Microsoft-Endpunkt herzustellen, den der Tunnel verwenden wird. … Es überprüft, ob die erforderlichen Ports in der Firewall geöffnet sind. … sudo ./mst-readiness utils – Dieser Befehl überprüft, ob von Tunnel verwendete Hilfsprogramme wie Docker oder Podman und ip_tables verfügbar sind. … Führen Sie das Skript mit der folgenden Befehlszeile aus, um zu überprüfen, ob das Konto, das Sie zum Installieren von Microsoft Tunnel verwenden, über die erforderlichen Rollen und Berechtigungen verfügt, um die Registrierung abzuschließen: ./mst-readiness account",
        "sudo ./mst-readiness network - This command runs the following actions and then reports success or error for both: … Tries to connect to each Microsoft endpoint the tunnel will use. … Checks that the required ports are open in your firewall. … sudo ./mst-readiness utils - This command validates that utilities that are used by Tunnel like Docker or Podman and ip_tables are available. … To validate that the account you'll use to install Microsoft Tunnel has the required roles and permissions to complete enrollment, run the script with the following command line: ./mst-readiness account",
      ],
    ],
    [{ source: "S9" }],
  ),
  seed(90, [
    [
      "readiness",
      "Das Bereitschaftstool überprüft keine eingehenden Ports, was eine häufige Fehlkonfiguration ist. Sobald das Bereitschaftstool ausgeführt wird, überprüfen Sie die Firewallvoraussetzungen, und validieren Sie manuell Ihre Firewalls, die eingehenden Datenverkehr weiterleiten.",
      "The readiness tool doesn't validate inbound ports, which is a common misconfiguration. After the readiness tool runs, review the firewall prerequisites and manually validate your firewalls pass inbound traffic.",
    ],
  ]),
  seed(76, [
    ["linuxServer", IP_TABLES_ROW_DE, IP_TABLES_ROW_EN],
    [
      "ipTables",
      "Während die meisten Linux-Distributionen das ip_tables-Modul automatisch laden, ist dies bei einigen Distributionen möglicherweise nicht der Fall. Beispielsweise lädt RHEL 8.5 die ip_tables standardmäßig nicht.",
      "While most Linux distributions automatically load the ip_tables module, some distributions might not. For example, RHEL 8.5 doesn't load the ip_tables by default.",
    ],
  ]),
  seed(
    77,
    [
      [
        "ipTables",
        "Wenn das Modul nicht vorhanden ist, wird das Tool bei der ip_tables Modulüberprüfung beendet.",
        "If the module isn't present, the tool stops on the ip_tables module check.",
      ],
    ],
    [{ source: "S9" }],
  ),
  seed(71, [
    [
      "ipTablesModule",
      "Überprüfen Sie, ob ip_tables auf dem Server vorhanden sind: lsmod |grep ip_tables … Wenn ip_tables nicht vorhanden ist, führen Sie Folgendes aus, um das Modul sofort ohne Neustart in den Kernel zu laden: /sbin/modprobe ip_tables",
      "Validate the presence of ip_tables on the server: lsmod |grep ip_tables … If ip_tables isn't present, run the following to load the module into the kernel immediately, without a restart: /sbin/modprobe ip_tables",
    ],
  ]),
  seed(75, [
    [
      "ipTablesModule",
      "Beim Aktualisieren des Tunnelservers wird ein manuell geladenes ip_tables-Modul möglicherweise nicht beibehalten. Dann müssen Sie das Modul nach Abschluss des Updates eventuell erneut laden. … Wenn die Tabellen nicht vorhanden sind, führen Sie die vorherigen Schritte aus, um das Modul neu zu laden, und führen Sie den zusätzlichen Schritt aus, um den Server nach dem Laden des Moduls neu zu starten.",
      "When updating the Tunnel server, a manually loaded ip_tables module might not persist. This can require you to reload the module after the update completes. … If the tables aren't present, use the preceding steps to reload the module, with the additional step to restart the server after the module is loaded.",
    ],
    ["tun", "Beim Aktualisieren des Tunnelservers wird ein manuell geladenes Tun-Modul möglicherweise nicht beibehalten.", "When updating the Tunnel server, a manually loaded tun module might not persist."],
  ]),
  seed(72, [
    [
      "ipTablesBoot",
      "Führen Sie im Kontext von sudo den folgenden Befehl auf Ihrem Linux-Server aus, um eine Konfigurationsdatei zu erstellen, die die ip_tables während des Startvorgangs in den Kernel lädt: echo ip_tables > /etc/modules-load.d/mstunnel_iptables.conf",
      "In the context of sudo, run the following command on your Linux server to create a config file that loads the ip_tables into kernel during boot time: echo ip_tables > /etc/modules-load.d/mstunnel_iptables.conf",
    ],
  ]),
  seed(73, [
    [
      "tun",
      "Microsoft Tunnel erfordert das Tun-Modul , aber einige Linux-Distributionen laden das Modul tun nicht standardmäßig. … Wenn tun nicht vorhanden ist, führen Sie Folgendes aus, um das Modul sofort ohne Neustart in den Kernel zu laden: /sbin/modprobe tun",
      "Microsoft Tunnel requires the tun module, however some Linux distributions don't load the tun module by default. … If tun isn't present, run the following to load the module into the kernel immediately, without a restart: /sbin/modprobe tun",
    ],
  ]),
  seed(74, [
    [
      "tunBoot",
      "Führen Sie im Kontext von sudo den folgenden Befehl auf Ihrem Linux-Server aus, um eine Konfigurationsdatei zu erstellen, die tun während des Startvorgangs in den Kernel lädt: echo tun > /etc/modules-load.d/mstunnel_tun.conf",
      "In the context of sudo, run the following command on your Linux server to create a config file that loads tun into kernel during boot time: echo tun > /etc/modules-load.d/mstunnel_tun.conf",
    ],
  ]),
];
