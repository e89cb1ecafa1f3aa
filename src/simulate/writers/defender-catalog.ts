// Binaries and USB devices as Defender reports them: real file names, publishers, signers and IP-KVM USB ids (data/ipkvm.md).

export interface Binary { file: string; winPath: string; macPath: string; company: string; product: string; description: string; signer: string; issuer: string; version: string }

export const RMM: Record<string, Binary> = {
  anydesk: { file: 'AnyDesk.exe', winPath: 'C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe', macPath: '/Applications/AnyDesk.app/Contents/MacOS/AnyDesk', company: 'AnyDesk Software GmbH', product: 'AnyDesk', description: 'AnyDesk', signer: 'AnyDesk Software GmbH', issuer: 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1', version: '8.0.14' },
  crd: { file: 'remoting_host.exe', winPath: 'C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\127.0.6533.17\\remoting_host.exe', macPath: '/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app/Contents/MacOS/remoting_me2me_host', company: 'Google LLC', product: 'Chrome Remote Desktop', description: 'Chrome Remote Desktop Host', signer: 'Google LLC', issuer: 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1', version: '127.0.6533.17' },
  teamviewer: { file: 'TeamViewer.exe', winPath: 'C:\\Program Files\\TeamViewer\\TeamViewer.exe', macPath: '/Applications/TeamViewer.app/Contents/MacOS/TeamViewer', company: 'TeamViewer Germany GmbH', product: 'TeamViewer', description: 'TeamViewer', signer: 'TeamViewer Germany GmbH', issuer: 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1', version: '15.56.5' },
  rustdesk: { file: 'rustdesk.exe', winPath: 'C:\\Program Files\\RustDesk\\rustdesk.exe', macPath: '/Applications/RustDesk.app/Contents/MacOS/rustdesk', company: 'Purslane Ltd', product: 'RustDesk', description: 'RustDesk Remote Desktop', signer: 'Purslane Ltd', issuer: 'SSL.com EV Code Signing Intermediate CA RSA R3', version: '1.3.0' },
};

/** Where each tool connects out to (LOLRMM network artifacts). */
export const RMM_ENDPOINTS: Record<string, { url: (hex: string) => string; port: number }> = {
  anydesk: { url: (h) => `relay-${h.slice(0, 8)}.net.anydesk.com`, port: 443 },
  crd: { url: () => 'remotedesktop-pa.googleapis.com', port: 443 },
  teamviewer: { url: (h) => `router${(parseInt(h.slice(0, 2), 16) % 16) + 1}.teamviewer.com`, port: 443 },
  rustdesk: { url: () => 'rs-ny.rustdesk.com', port: 21116 },
};

export const EVERYDAY: Binary[] = [
  { file: 'chrome.exe', winPath: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', macPath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', company: 'Google LLC', product: 'Google Chrome', description: 'Google Chrome', signer: 'Google LLC', issuer: 'DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1', version: '128.0.6613.120' },
  { file: 'ms-teams.exe', winPath: 'C:\\Program Files\\WindowsApps\\MSTeams_24215.1007.3082.1590_x64__8wekyb3d8bbwe\\ms-teams.exe', macPath: '/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams', company: 'Microsoft Corporation', product: 'Microsoft Teams', description: 'Microsoft Teams', signer: 'Microsoft Corporation', issuer: 'Microsoft Code Signing PCA 2011', version: '24215.1007.3082.1590' },
  { file: 'OUTLOOK.EXE', winPath: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE', macPath: '/Applications/Microsoft Outlook.app/Contents/MacOS/Microsoft Outlook', company: 'Microsoft Corporation', product: 'Microsoft Outlook', description: 'Microsoft Outlook', signer: 'Microsoft Corporation', issuer: 'Microsoft Code Signing PCA 2011', version: '16.0.17928.20114' },
  { file: 'Code.exe', winPath: 'C:\\Users\\%USER%\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe', macPath: '/Applications/Visual Studio Code.app/Contents/MacOS/Electron', company: 'Microsoft Corporation', product: 'Visual Studio Code', description: 'Visual Studio Code', signer: 'Microsoft Corporation', issuer: 'Microsoft Code Signing PCA 2011', version: '1.93.0' },
];

/** IP-KVM USB identities (ipkvm.md): generic gadget 1D6B:0104 with maker strings, or a JetKVM Logitech preset. */
export const KVM_USB: Record<string, { vid: string; pid: string; description: string; serial: string; massStorage: boolean }> = {
  pikvm: { vid: '1D6B', pid: '0104', description: 'PiKVM Composite Device', serial: 'CAFEBABE', massStorage: true },
  tinypilot: { vid: '1D6B', pid: '0104', description: 'Multifunction USB Device', serial: '6b65796d696d6570690', massStorage: false },
  jetkvm: { vid: '1D6B', pid: '0104', description: 'USB Emulation Device', serial: '', massStorage: true },
  jetkvm_spoof: { vid: '046D', pid: 'C52B', description: 'USB Composite Device', serial: '', massStorage: true },
};

/** Ordinary USB devices people plug in: the negatives a USB rule must leave alone. */
export const BENIGN_USB = [
  { vid: '046D', pid: 'C52B', description: 'Logitech USB Input Device', className: 'HIDClass' },
  { vid: '1050', pid: '0407', description: 'YubiKey OTP+FIDO+CCID', className: 'HIDClass' },
  { vid: '413C', pid: 'B06E', description: 'Dell dock', className: 'USB' },
  { vid: '0781', pid: '5583', description: 'SanDisk Ultra Fit USB Device', className: 'DiskDrive' },
];
