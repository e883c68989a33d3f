// Builds the XML manifest of the add-in for one deployment; pure, used by scripts/manifest.ts.

/** What differs from one deployment to the next. */
export interface ManifestOptions {
  /** Origin serving the pane, HTTPS, e.g. https://collect.example.com (no trailing slash). */
  baseUrl: string;
  /** Stable add-in id (a GUID); keep it across versions of one deployment. */
  id?: string;
  /** Four-part version, raised on each change of the manifest. */
  version?: string;
}

/** The add-in id of the committed manifest. */
export const DEFAULT_ADDIN_ID = '6c1f7b2e-5d8a-4e3b-9a40-2f1c8e7d5b31';

/** Pixel sizes of the icons the manifest names (buttons 16/32/80, add-in 64/128). */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Path of the task pane page under the base URL. */
export const PANE_PATH = '/outlook/taskpane.html';

/** Path of the (empty) function file Outlook requires beside the buttons. */
export const COMMANDS_PATH = '/outlook/commands.html';

/** Checks and normalises a base URL: HTTPS only, no path, query or fragment. */
export function normaliseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`--base-url: "${baseUrl}" is not a URL`);
  }
  if (url.protocol !== 'https:') {
    throw new Error('--base-url: Office loads add-ins over HTTPS only; use an https:// URL');
  }
  if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error('--base-url: give the origin only, such as https://collect.example.com');
  }
  return url.origin;
}

function xmlEscape(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Writes the manifest.xml of a deployment. */
export function buildManifest(options: ManifestOptions): string {
  const base = xmlEscape(normaliseBaseUrl(options.baseUrl));
  const id = options.id ?? DEFAULT_ADDIN_ID;
  const version = options.version ?? '1.0.0.0';
  const icon = (size: number) => `${base}/outlook/assets/icon-${size}.png`;
  const pane = `${base}${PANE_PATH}`;

  const resources = `
        <bt:Images>
          <bt:Image id="Relance.Icon16" DefaultValue="${icon(16)}"/>
          <bt:Image id="Relance.Icon32" DefaultValue="${icon(32)}"/>
          <bt:Image id="Relance.Icon80" DefaultValue="${icon(80)}"/>
        </bt:Images>
        <bt:Urls>
          <bt:Url id="Relance.CommandsUrl" DefaultValue="${base}${COMMANDS_PATH}"/>
          <bt:Url id="Relance.PaneUrl" DefaultValue="${pane}"/>
          <bt:Url id="Relance.ComposePaneUrl" DefaultValue="${pane}?mode=compose"/>
        </bt:Urls>
        <bt:ShortStrings>
          <bt:String id="Relance.GroupLabel" DefaultValue="Relance">
            <bt:Override Locale="fr-FR" Value="Relance"/>
          </bt:String>
          <bt:String id="Relance.ReadLabel" DefaultValue="Collections">
            <bt:Override Locale="fr-FR" Value="Recouvrement"/>
          </bt:String>
          <bt:String id="Relance.ComposeLabel" DefaultValue="Statement">
            <bt:Override Locale="fr-FR" Value="Relevé"/>
          </bt:String>
        </bt:ShortStrings>
        <bt:LongStrings>
          <bt:String id="Relance.ReadTip" DefaultValue="Where this customer's account stands; log a promise, a dispute or the email.">
            <bt:Override Locale="fr-FR" Value="Où en est le compte de ce client ; noter une promesse, un litige ou l'email."/>
          </bt:String>
          <bt:String id="Relance.ComposeTip" DefaultValue="Insert a statement or a reminder for the recipient's account.">
            <bt:Override Locale="fr-FR" Value="Insérer un relevé ou une relance pour le compte du destinataire."/>
          </bt:String>
        </bt:LongStrings>`;

  const surfaces = (pinning: boolean) => `
            <FunctionFile resid="Relance.CommandsUrl"/>
            <ExtensionPoint xsi:type="MessageReadCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="Relance.ReadGroup">
                  <Label resid="Relance.GroupLabel"/>
                  <Control xsi:type="Button" id="Relance.ReadButton">
                    <Label resid="Relance.ReadLabel"/>
                    <Supertip>
                      <Title resid="Relance.ReadLabel"/>
                      <Description resid="Relance.ReadTip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Relance.Icon16"/>
                      <bt:Image size="32" resid="Relance.Icon32"/>
                      <bt:Image size="80" resid="Relance.Icon80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="Relance.PaneUrl"/>${pinning ? '\n                      <SupportsPinning>true</SupportsPinning>' : ''}
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
            <ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="Relance.ComposeGroup">
                  <Label resid="Relance.GroupLabel"/>
                  <Control xsi:type="Button" id="Relance.ComposeButton">
                    <Label resid="Relance.ComposeLabel"/>
                    <Supertip>
                      <Title resid="Relance.ComposeLabel"/>
                      <Description resid="Relance.ComposeTip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Relance.Icon16"/>
                      <bt:Image size="32" resid="Relance.Icon32"/>
                      <bt:Image size="80" resid="Relance.Icon80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="Relance.ComposePaneUrl"/>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Relance for Outlook, for ${base}. Written by addin-outlook/scripts/manifest.ts (npm run manifest); edit the generator, not this file. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>${id}</Id>
  <Version>${version}</Version>
  <ProviderName>Relance</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="Relance">
    <Override Locale="fr-FR" Value="Relance"/>
  </DisplayName>
  <Description DefaultValue="Accounts-receivable collections beside each email: the customer's account, promises, disputes and shared history.">
    <Override Locale="fr-FR" Value="Le recouvrement à côté de chaque email : le compte du client, les promesses, les litiges et l'historique partagé."/>
  </Description>
  <IconUrl DefaultValue="${icon(64)}"/>
  <HighResolutionIconUrl DefaultValue="${icon(128)}"/>
  <SupportUrl DefaultValue="${base}/outlook/help.html"/>
  <AppDomains>
    <AppDomain>${base}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${pane}"/>
        <RequestedHeight>250</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${pane}?mode=compose"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="1.3">
        <bt:Set Name="Mailbox"/>
      </bt:Sets>
    </Requirements>
    <Hosts>
      <Host xsi:type="MailHost">
        <DesktopFormFactor>${surfaces(false)}
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>${resources}
    </Resources>
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="1.5">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>${indent(surfaces(true), 2)}
          </DesktopFormFactor>
        </Host>
      </Hosts>
      <Resources>${indent(resources, 2)}
      </Resources>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}

function indent(block: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}
