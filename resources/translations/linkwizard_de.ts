<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/delegate.py" line="74"/>
        <source>Team v%d</source>
        <translation>Team v%d</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/delegate.py" line="97"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="59"/>
        <source>Account health</source>
        <translation>Zustand des Kontos</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="70"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="70"/>
        <source>Key kind</source>
        <translation>Schlüsselart</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="71"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="71"/>
        <source>Stripe account</source>
        <translation>Stripe-Konto</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="72"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="72"/>
        <source>Acts on</source>
        <translation>Handelt für</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="73"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="73"/>
        <source>Key kept in</source>
        <translation>Schlüssel liegt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="74"/>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="84"/>
        <source>V&amp;erify now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="98"/>
        <source>Check perm&amp;issions</source>
        <translation>&amp;Berechtigungen prüfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="108"/>
        <source>Share with &amp;team…</source>
        <translation>Mit dem Team &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="85"/>
        <source>Test the stored key against Stripe again</source>
        <translation>Den gespeicherten Schlüssel erneut bei Stripe prüfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="87"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="88"/>
        <source>Give this account another name</source>
        <translation>Diesem Konto einen anderen Namen geben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="89"/>
        <source>Open API &amp;keys page</source>
        <translation>A&amp;PI-Schlüssel im Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="90"/>
        <source>Open the Stripe Dashboard&apos;s API keys page for this mode</source>
        <translation>Die Seite „API-Schlüssel“ des Stripe-Dashboards für diesen Modus öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="92"/>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="93"/>
        <source>Copy technical details for support (never the key)</source>
        <translation>Technische Angaben für den Support kopieren (nie den Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="95"/>
        <source>Re&amp;place key…</source>
        <translation>Schlüssel e&amp;rsetzen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="96"/>
        <source>Give this account a new key; the old one stays until the new one passes the test</source>
        <translation>Diesem Konto einen neuen Schlüssel geben; der alte bleibt, bis der neue die Prüfung besteht</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="99"/>
        <source>Ask Stripe again which resources this key can read</source>
        <translation>Stripe erneut fragen, was dieser Schlüssel lesen darf</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="103"/>
        <source>What the key can read</source>
        <translation>Was der Schlüssel lesen darf</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="109"/>
        <source>Move this key into the team vault, so teammates can use it</source>
        <translation>Diesen Schlüssel in den Team-Tresor verschieben, damit Ihr Team ihn nutzen kann</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="113"/>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="114"/>
        <source>Remove this account and delete its key from the keyring</source>
        <translation>Dieses Konto entfernen und seinen Schlüssel aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="170"/>
        <source>Your vault policy does not allow writing in the team vault; ask whoever runs it.</source>
        <translation>Ihre Tresor-Richtlinie erlaubt kein Schreiben im Team-Tresor; fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="179"/>
        <source>This computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="180"/>
        <source>The team vault, version %d
%s · %s/%s</source>
        <translation>Im Team-Tresor, Version %d
%s · %s/%s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="182"/>
        <source> (and an offline copy here)</source>
        <translation> (und eine Offline-Kopie hier)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="190"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="198"/>
        <source>Not readable with this key</source>
        <translation>Mit diesem Schlüssel nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="200"/>
        <source>Its own account</source>
        <translation>Sein eigenes Konto</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/details.py" line="217"/>
        <source>Stripe refused this key three times in a row, so linkwizard stopped checking it. Replace the key, or choose Verify now after fixing it in the Dashboard.</source>
        <translation>Stripe hat diesen Schlüssel dreimal hintereinander abgelehnt, daher prüft linkwizard ihn nicht mehr von selbst. Ersetzen Sie den Schlüssel, oder wählen Sie „Jetzt prüfen“, nachdem Sie ihn im Dashboard korrigiert haben.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/times.py" line="11"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="110"/>
        <source>Stripe account %s</source>
        <translation>Stripe-Konto %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="113"/>
        <source>Stripe did not name the account this key belongs to.</source>
        <translation>Stripe hat nicht genannt, zu welchem Konto dieser Schlüssel gehört.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="116"/>
        <source>Acts on %s</source>
        <translation>Handelt für %s</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/model.py" line="75"/>
        <source>, in the team vault (version %d)</source>
        <translation>, im Team-Tresor (Version %d)</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="83"/>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="87"/>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="88"/>
        <source>Select an account to see its details and actions</source>
        <translation>Wählen Sie ein Konto, um Details und Aktionen zu sehen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="105"/>
        <source>Revie&amp;w</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="119"/>
        <source>A&amp;dd account</source>
        <translation>K&amp;onto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="148"/>
        <source>&lt;b&gt;No accounts yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;Add account&lt;/b&gt; to link your first Stripe account. You will need access to its Dashboard.</source>
        <translation>&lt;b&gt;Noch keine Konten.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Wählen Sie &lt;b&gt;Konto hinzufügen&lt;/b&gt;, um Ihr erstes Stripe-Konto zu verknüpfen. Sie brauchen dafür Zugang zu seinem Dashboard.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="153"/>
        <source>No linked accounts</source>
        <translation>Keine verknüpften Konten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="159"/>
        <source>Import keys from this computer</source>
        <translation>Schlüssel von diesem Computer importieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="93"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="95"/>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="107"/>
        <source>Review accounts that need attention</source>
        <translation>Konten ansehen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="111"/>
        <source>Accounts need attention</source>
        <translation>Konten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="121"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="122"/>
        <source>Link another Stripe account (Ctrl+N)</source>
        <translation>Ein weiteres Stripe-Konto verknüpfen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="157"/>
        <source>I&amp;mport keys…</source>
        <translation>Schlüssel i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="184"/>
        <source>linkwizard found a Stripe key kept in plaintext on this computer. Import it to keep it in your keyring instead.</source>
        <translation>linkwizard hat auf diesem Computer einen Stripe-Schlüssel im Klartext gefunden. Importieren Sie ihn, damit er stattdessen in Ihrem Schlüsselbund liegt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="186"/>
        <source>linkwizard found %1 Stripe keys kept in plaintext on this computer. Import them to keep them in your keyring instead.</source>
        <translation>linkwizard hat auf diesem Computer %1 Stripe-Schlüssel im Klartext gefunden. Importieren Sie sie, damit sie stattdessen in Ihrem Schlüsselbund liegen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="218"/>
        <source>&lt;b&gt;“%s” needs attention.&lt;/b&gt;</source>
        <translation>&lt;b&gt;„%s“ braucht Aufmerksamkeit.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="219"/>
        <source>&lt;b&gt;%n account(s) need attention.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Konto braucht Aufmerksamkeit.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Konten brauchen Aufmerksamkeit.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFromTeamDialog</name>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="42"/>
        <source>Add from team vault</source>
        <translation>Aus dem Team-Tresor hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="43"/>
        <source>Add accounts from the team vault</source>
        <translation>Konten aus dem Team-Tresor hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="46"/>
        <source>Reading the team&apos;s keys…</source>
        <translation>Die Schlüssel des Teams werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="52"/>
        <source>Keys in the team vault</source>
        <translation>Schlüssel im Team-Tresor</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="57"/>
        <source>&amp;Add selected</source>
        <translation>Ausgewählte &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="59"/>
        <source>Add the selected accounts</source>
        <translation>Die ausgewählten Konten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="91"/>
        <source>as described</source>
        <translation>laut Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="92"/>
        <source>no details</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="95"/>
        <source>version %d</source>
        <translation>Version %d</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="96"/>
        <source>by %s</source>
        <translation>von %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="101"/>
        <source>linked here</source>
        <translation>hier verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="101"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="109"/>
        <source>%n key(s) in the team vault;</source>
        <translation>
            <numerusform>%n Schlüssel im Team-Tresor;</numerusform>
            <numerusform>%n Schlüssel im Team-Tresor;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="110"/>
        <source>%n not linked here yet.</source>
        <translation>
            <numerusform>%n davon ist hier noch nicht verknüpft.</numerusform>
            <numerusform>%n davon sind hier noch nicht verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="111"/>
        <source>Each is tested with Stripe before it is added; the keys stay in the vault.</source>
        <translation>Jeder wird vor dem Hinzufügen mit Stripe geprüft; die Schlüssel bleiben im Tresor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="131"/>
        <source>Adding %n account(s): reading each key and testing it with Stripe…</source>
        <translation>
            <numerusform>%n Konto wird hinzugefügt: Schlüssel wird gelesen und mit Stripe geprüft…</numerusform>
            <numerusform>%n Konten werden hinzugefügt: Jeder Schlüssel wird gelesen und mit Stripe geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="141"/>
        <source>Added %n account(s) from the team vault.</source>
        <translation>
            <numerusform>%n Konto aus dem Team-Tresor hinzugefügt.</numerusform>
            <numerusform>%n Konten aus dem Team-Tresor hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="113"/>
        <source>No Stripe keys in the team vault yet. Share one from an account&apos;s details.</source>
        <translation>Noch keine Stripe-Schlüssel im Team-Tresor. Teilen Sie einen in den Details eines Kontos.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="70"/>
        <source>Not checked yet. Choose &lt;b&gt;Check permissions&lt;/b&gt;.</source>
        <translation>Noch nicht geprüft. Wählen Sie &lt;b&gt;Berechtigungen prüfen&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="166"/>
        <source>can read</source>
        <translation>darf lesen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="167"/>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="168"/>
        <source>unknown (network trouble)</source>
        <translation>unbekannt (Netzwerkproblem)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="170"/>
        <source>A secret key has full access: it can also change and delete data. If your tools only read, a restricted key with Customers: Read plus what they use is safer.</source>
        <translation>Ein Geheimschlüssel hat vollen Zugriff: Er kann auch Daten ändern und löschen. Wenn Ihre Werkzeuge nur lesen, ist ein eingeschränkter Schlüssel mit Kunden: Lesen und dem, was sie nutzen, sicherer.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="39"/>
        <source>Stripe refused this key at the last check, so what it can read now is not known.</source>
        <translation>Stripe hat diesen Schlüssel bei der letzten Prüfung abgelehnt; was er jetzt lesen kann, ist daher nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="42"/>
        <source>At the last good check (%s) it could read: %s.</source>
        <translation>Bei der letzten erfolgreichen Prüfung (%s) konnte er lesen: %s.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="76"/>
        <source>To read more, edit the key in the Dashboard and grant Read on what you need.</source>
        <translation>Um mehr zu lesen, bearbeiten Sie den Schlüssel im Dashboard und erteilen Sie Lesen für das, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="85"/>
        <source>Checked %s.</source>
        <translation>Geprüft am %s.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="99"/>
        <source>Compared with what you asked for</source>
        <translation>Verglichen mit Ihrer Auswahl</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="102"/>
        <source>Open the prefilled form again</source>
        <translation>Das vorausgefüllte Formular erneut öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="127"/>
        <source>&lt;b&gt;This is a secret key with full access&lt;/b&gt;, although you planned a restricted key. Create the restricted key instead and replace this one.</source>
        <translation>&lt;b&gt;Das ist ein Geheimschlüssel mit vollem Zugriff&lt;/b&gt;, obwohl Sie einen eingeschränkten Schlüssel geplant hatten. Erstellen Sie stattdessen den eingeschränkten Schlüssel und ersetzen Sie diesen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="130"/>
        <source>Create the &amp;restricted key instead</source>
        <translation>Stattdessen den einge&amp;schränkten Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="139"/>
        <source>&lt;b&gt;Missing:&lt;/b&gt; %s. Add these in the Dashboard, or create the key again.</source>
        <translation>&lt;b&gt;Fehlt:&lt;/b&gt; %s. Ergänzen Sie das im Dashboard, oder erstellen Sie den Schlüssel neu.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="143"/>
        <source>&lt;b&gt;More than needed:&lt;/b&gt; %s. The key works; you may remove these.</source>
        <translation>&lt;b&gt;Mehr als nötig:&lt;/b&gt; %s. Der Schlüssel funktioniert; Sie können das entfernen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="147"/>
        <source>&lt;b&gt;Not checked:&lt;/b&gt; %s (network trouble); choose Check permissions later.</source>
        <translation>&lt;b&gt;Nicht geprüft:&lt;/b&gt; %s (Netzwerkproblem); wählen Sie später „Berechtigungen prüfen“.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="150"/>
        <source>&lt;b&gt;Exactly what you asked for.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Genau das, was Sie gewählt haben.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="152"/>
        <source>&amp;Open the prefilled form again</source>
        <translation>Vorausgefülltes Formular erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="181"/>
        <source>What the key can read</source>
        <translation>Was der Schlüssel lesen darf</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/permissions_view.py" line="268"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="38"/>
        <source>“%1” needs a new key</source>
        <translation>„%1“ braucht einen neuen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="39"/>
        <source>Stripe refused its key (%1). Open linkwizard and replace the key.</source>
        <translation>Stripe hat seinen Schlüssel (%1) abgelehnt. Öffnen Sie linkwizard und ersetzen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="42"/>
        <source>The key of “%1” has expired</source>
        <translation>Der Schlüssel von „%1“ ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="43"/>
        <source>Create a new key in the Stripe Dashboard, then replace it in linkwizard.</source>
        <translation>Erstellen Sie im Stripe-Dashboard einen neuen Schlüssel und ersetzen Sie ihn dann in linkwizard.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="45"/>
        <source>The key of “%1” is missing</source>
        <translation>Der Schlüssel von „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="46"/>
        <source>It is no longer where linkwizard keeps it. Open linkwizard to link the account again.</source>
        <translation>Er ist nicht mehr dort, wo linkwizard ihn aufbewahrt. Öffnen Sie linkwizard, um das Konto neu zu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="49"/>
        <source>The key of “%1” expires soon</source>
        <translation>Der Schlüssel von „%1“ läuft bald ab</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="50"/>
        <source>%1. Replace it before then: create a new key in the Stripe Dashboard, then choose Replace key in linkwizard.</source>
        <translation>%1. Ersetzen Sie ihn vorher: Erstellen Sie im Stripe-Dashboard einen neuen Schlüssel und wählen Sie dann in linkwizard „Schlüssel ersetzen“.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="69"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="113"/>
        <source>&amp;Open linkwizard</source>
        <translation>linkwizard ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="114"/>
        <source>&amp;Check all accounts now</source>
        <translation>Alle Konten &amp;jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/companion.py" line="116"/>
        <source>&amp;Quit linkwizard</source>
        <translation>linkwizard &amp;beenden</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="58"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="133"/>
        <source>Connect to Stripe</source>
        <translation>Mit Stripe verbinden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="67"/>
        <source>Connection progress</source>
        <translation>Fortschritt der Verbindung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="70"/>
        <source>Connection test running</source>
        <translation>Verbindungstest läuft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="73"/>
        <source>&amp;Cancel test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="75"/>
        <source>Cancel the connection test</source>
        <translation>Den Verbindungstest abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="84"/>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="89"/>
        <source>What to do next</source>
        <translation>Was Sie jetzt tun können</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="96"/>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="101"/>
        <source>Replace &amp;its key</source>
        <translation>Dessen Schlüssel e&amp;rsetzen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="105"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="245"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="246"/>
        <source>&amp;Log in to the team vault…</source>
        <translation>Beim Team-Tresor &amp;anmelden…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="116"/>
        <source>Account linked</source>
        <translation>Konto verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="133"/>
        <source>Replace the key</source>
        <translation>Den Schlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="155"/>
        <source>Testing the key with Stripe (%s).</source>
        <translation>Der Schlüssel wird bei Stripe geprüft (%s).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="170"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="180"/>
        <source>Checking the key and the keyring…</source>
        <translation>Schlüssel und Schlüsselbund werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="181"/>
        <source>Asking Stripe whether the key works…</source>
        <translation>Stripe wird gefragt, ob der Schlüssel funktioniert…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="182"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="195"/>
        <source>Checking what the key can read…</source>
        <translation>Es wird geprüft, was der Schlüssel lesen darf…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="183"/>
        <source>Saving the key in the team vault…</source>
        <translation>Der Schlüssel wird im Team-Tresor gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="184"/>
        <source>Saving the key in your keyring…</source>
        <translation>Der Schlüssel wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="193"/>
        <source>The key works. Choose Finish to see the account.</source>
        <translation>Der Schlüssel funktioniert. Wählen Sie „Abschließen“, um das Konto zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="216"/>
        <source>&lt;b&gt;%s&lt;/b&gt; is linked.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; ist verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="217"/>
        <source>The key is in the team vault, where teammates can add this account. Use it from scripts with &lt;code&gt;linkwizard exec %s -- COMMAND&lt;/code&gt;.</source>
        <translation>Der Schlüssel liegt im Team-Tresor, wo Ihr Team dieses Konto hinzufügen kann. In Skripten nutzen Sie ihn mit &lt;code&gt;linkwizard exec %s -- BEFEHL&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="219"/>
        <source>The key is stored in your system keyring. Use it from scripts with &lt;code&gt;linkwizard exec %s -- COMMAND&lt;/code&gt;.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund Ihres Systems. In Skripten verwenden Sie ihn mit &lt;code&gt;linkwizard exec %s -- BEFEHL&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="247"/>
        <source>&amp;Add it from the team vault…</source>
        <translation>Aus dem Team-Tresor &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="197"/>
        <source>%s is linked.</source>
        <translation>%s ist verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="95"/>
        <source>Back to the &amp;key</source>
        <translation>Zurück zum Schl&amp;üssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="97"/>
        <source>Cop&amp;y diagnostics</source>
        <translation>Dia&amp;gnose kopieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="99"/>
        <source>Open e&amp;xisting account</source>
        <translation>Vorhandenes Konto ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="103"/>
        <source>R&amp;eplace anyway</source>
        <translation>Tro&amp;tzdem ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="231"/>
        <source>The key was not replaced. The account keeps the key it had.</source>
        <translation>Der Schlüssel wurde nicht ersetzt. Das Konto behält seinen bisherigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="233"/>
        <source>The account was not linked. Nothing was saved.</source>
        <translation>Das Konto wurde nicht verknüpft. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../src/linkwizard/domain/moments.py" line="28"/>
        <source>%d d %d h</source>
        <translation>%d T %d h</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/moments.py" line="30"/>
        <source>%d h %d min</source>
        <translation>%d h %d min</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/moments.py" line="31"/>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
</context>
<context>
    <name>EnterKeyPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="56"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="226"/>
        <source>Enter your API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="64"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="70"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="311"/>
        <source>Sh&amp;ow</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="72"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="312"/>
        <source>Show the key</source>
        <translation>Den Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="75"/>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="77"/>
        <source>Paste the key from the clipboard</source>
        <translation>Den Schlüssel aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="93"/>
        <source>Switch to the key&apos;s environment</source>
        <translation>Zur Umgebung des Schlüssels wechseln</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="100"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="109"/>
        <source>Account to act on</source>
        <translation>Konto, für das gehandelt wird</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="111"/>
        <source>Only for an organization key, or a platform&apos;s key acting as a connected account</source>
        <translation>Nur für einen Organisationsschlüssel oder den Schlüssel einer Plattform, der für ein verbundenes Konto handelt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="112"/>
        <source>acct_… (optional)</source>
        <translation>acct_… (optional)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="121"/>
        <source>On this computer (&amp;your keyring)</source>
        <translation>Auf diesem Computer (&amp;Ihr Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="156"/>
        <source>Acts on acco&amp;unt:</source>
        <translation>Han&amp;delt für Konto:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="311"/>
        <source>H&amp;ide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="124"/>
        <source>Keep the key on this computer</source>
        <translation>Den Schlüssel auf diesem Computer aufbewahren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="183"/>
        <source>In the &amp;team vault (%s)</source>
        <translation>Im &amp;Team-Tresor (%s)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="128"/>
        <source>Keep the key in the team vault</source>
        <translation>Den Schlüssel im Team-Tresor aufbewahren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="130"/>
        <source>Teammates whose vault policy allows it can then add and use this account</source>
        <translation>Wer im Team laut Tresor-Richtlinie darf, kann dieses Konto dann hinzufügen und nutzen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="138"/>
        <source>Keep the key:</source>
        <translation>Schlüssel aufbewahren:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="144"/>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="152"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="164"/>
        <source>The key is checked here first; nothing is sent to Stripe until you choose Connect.</source>
        <translation>Der Schlüssel wird zuerst hier geprüft; an Stripe geht nichts, bis Sie „Verbinden“ wählen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="226"/>
        <source>Enter the new key</source>
        <translation>Den neuen Schlüssel eingeben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="234"/>
        <source>The account keeps its name</source>
        <translation>Das Konto behält seinen Namen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="236"/>
        <source>The account keeps the account it acts on</source>
        <translation>Das Konto behält das Konto, für das es handelt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="211"/>
        <source>Paste the new %s key for “%s” (%s or %s). The old key stays until the new one passes the test.</source>
        <translation>Fügen Sie den neuen Schlüssel (%s) für „%s“ ein (%s oder %s). Der alte Schlüssel bleibt, bis der neue die Prüfung besteht.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="215"/>
        <source>Paste the %s secret key (%s) or restricted key (%s) you copied.</source>
        <translation>Fügen Sie den kopierten Geheimschlüssel für %s (%s) oder eingeschränkten Schlüssel (%s) ein.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="274"/>
        <source>Waiting for a key.</source>
        <translation>Warte auf einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="278"/>
        <source>Looks like a valid %s key: %s.</source>
        <translation>Sieht nach einem gültigen Schlüssel aus: %s, %s.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="285"/>
        <source>Not a whole key yet: keep typing, or paste the whole key.</source>
        <translation>Noch kein ganzer Schlüssel: Tippen Sie weiter, oder fügen Sie den ganzen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="291"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="292"/>
        <source>Switch to %s</source>
        <translation>Zu %s wechseln</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="298"/>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="306"/>
        <source>An account with this name already exists; choose another.</source>
        <translation>Ein Konto mit diesem Namen gibt es schon; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="312"/>
        <source>Hide the key</source>
        <translation>Den Schlüssel verbergen</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="15"/>
        <source>Choose your environment</source>
        <translation>Umgebung wählen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="16"/>
        <source>Stripe has separate API keys for live payments and for testing. Pick the one you want to link.</source>
        <translation>Stripe hat getrennte API-Schlüssel für echte Zahlungen und für Tests. Wählen Sie, was Sie verknüpfen möchten.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="18"/>
        <source>&amp;Test Mode</source>
        <translation>&amp;Testmodus</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="20"/>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="21"/>
        <source>For development and testing, without real payments</source>
        <translation>Für Entwicklung und Tests, ohne echte Zahlungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="22"/>
        <source>&amp;Production</source>
        <translation>&amp;Produktion</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="24"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="25"/>
        <source>For real transactions with real customer data</source>
        <translation>Für echte Transaktionen mit echten Kundendaten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="32"/>
        <source>For development and testing. Uses simulated data and test card numbers; no real payments are processed. Keys start with &lt;code&gt;sk_test_&lt;/code&gt; or &lt;code&gt;rk_test_&lt;/code&gt;.</source>
        <translation>Für Entwicklung und Tests. Mit simulierten Daten und Testkartennummern; es werden keine echten Zahlungen abgewickelt. Schlüssel beginnen mit &lt;code&gt;sk_test_&lt;/code&gt; oder &lt;code&gt;rk_test_&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="35"/>
        <source>Stripe now calls this a &lt;b&gt;sandbox&lt;/b&gt;: every account has two keys in a sandbox and two in live mode, and you can create more sandboxes, each with its own account id, to test in isolation. Their keys also start with &lt;code&gt;sk_test_&lt;/code&gt; or &lt;code&gt;rk_test_&lt;/code&gt;, so linkwizard tells them apart by the Stripe account each belongs to. &lt;a href=&quot;https://docs.stripe.com/sandboxes&quot;&gt;About sandboxes&lt;/a&gt;</source>
        <translation>Stripe nennt das jetzt eine &lt;b&gt;Sandbox&lt;/b&gt;: Jedes Konto hat zwei Schlüssel in einer Sandbox und zwei im Live-Modus, und Sie können weitere Sandboxes mit jeweils eigener Konto-ID anlegen, um getrennt zu testen. Auch ihre Schlüssel beginnen mit &lt;code&gt;sk_test_&lt;/code&gt; oder &lt;code&gt;rk_test_&lt;/code&gt;; linkwizard unterscheidet sie am Stripe-Konto, zu dem sie gehören. &lt;a href=&quot;https://docs.stripe.com/sandboxes&quot;&gt;Über Sandboxes&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="43"/>
        <source>For real transactions with actual customer data and charges. Keys start with &lt;code&gt;sk_live_&lt;/code&gt; or &lt;code&gt;rk_live_&lt;/code&gt;.</source>
        <translation>Für echte Transaktionen mit tatsächlichen Kundendaten und Zahlungen. Schlüssel beginnen mit &lt;code&gt;sk_live_&lt;/code&gt; oder &lt;code&gt;rk_live_&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="45"/>
        <source>You can link the other environment later as a separate account.</source>
        <translation>Die andere Umgebung können Sie später als eigenes Konto verknüpfen.</translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="129"/>
        <source>Key expired on %1</source>
        <translation>Schlüssel abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="131"/>
        <source>Key expires today</source>
        <translation>Schlüssel läuft heute ab</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="133"/>
        <source>Key expires tomorrow</source>
        <translation>Schlüssel läuft morgen ab</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="134"/>
        <source>Key expires in %1 days</source>
        <translation>Schlüssel läuft in %1 Tagen ab</translation>
    </message>
</context>
<context>
    <name>FindKeyPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="44"/>
        <source>Use your secret key</source>
        <translation>Ihren Geheimschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="46"/>
        <source>&amp;Create a restricted key for exactly what you need</source>
        <translation>Einen einges&amp;chränkten Schlüssel für genau das erstellen, was Sie brauchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="48"/>
        <source>Create a restricted key for exactly what you need</source>
        <translation>Einen eingeschränkten Schlüssel für genau das erstellen, was Sie brauchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="50"/>
        <source>Pick what the key may read; Stripe opens its form with those permissions ticked</source>
        <translation>Wählen Sie, was der Schlüssel lesen darf; Stripe öffnet sein Formular mit diesen Berechtigungen angehakt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="61"/>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="208"/>
        <source>Open API keys page in the browser</source>
        <translation>Die Seite „API-Schlüssel“ im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="67"/>
        <source>Or create it by hand</source>
        <translation>Oder von Hand erstellen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="68"/>
        <source>Show how to create a restricted key by hand</source>
        <translation>Zeigen, wie man einen eingeschränkten Schlüssel von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="81"/>
        <source>What should the key be able to read?</source>
        <translation>Was soll der Schlüssel lesen dürfen?</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="90"/>
        <source>Read %s</source>
        <translation>%s lesen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="94"/>
        <source>Always on: linkwizard&apos;s connection test lists customers</source>
        <translation>Immer an: Der Verbindungstest von linkwizard listet Kunden auf</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="101"/>
        <source>Open Stripe&apos;s Create restricted key form, prefilled</source>
        <translation>Stripes Formular „Eingeschränkten Schlüssel erstellen“ vorausgefüllt öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="196"/>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Sign in&lt;/b&gt; to your Stripe account at dashboard.stripe.com.&lt;/li&gt;{mode}&lt;li&gt;&lt;b&gt;Go to Developers › API keys&lt;/b&gt; in the left sidebar, or use the button below.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal and copy the Secret key.&lt;/b&gt; In the Standard keys section, find the &lt;b&gt;Secret key&lt;/b&gt; row, click &lt;b&gt;{reveal}&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The secret key gives full access to your Stripe account: keep it private. {kept}&lt;/p&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Melden Sie sich&lt;/b&gt; bei Ihrem Stripe-Konto auf dashboard.stripe.com an.&lt;/li&gt;{mode}&lt;li&gt;&lt;b&gt;Öffnen Sie Entwickler › API-Schlüssel&lt;/b&gt; in der linken Seitenleiste, oder nutzen Sie die Schaltfläche unten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Geheimschlüssel anzeigen und kopieren.&lt;/b&gt; Suchen Sie im Abschnitt „Standardschlüssel“ die Zeile &lt;b&gt;Geheimschlüssel&lt;/b&gt;, klicken Sie auf &lt;b&gt;{reveal}&lt;/b&gt; und kopieren Sie ihn. Er beginnt mit &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Der Geheimschlüssel gibt vollen Zugriff auf Ihr Stripe-Konto: Halten Sie ihn geheim. {kept}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="204"/>
        <source>linkwizard keeps it in your system keyring, or in the team vault if you choose that on the next page; never in a file.</source>
        <translation>linkwizard bewahrt ihn im Schlüsselbund Ihres Systems auf, oder im Team-Tresor, wenn Sie das auf der nächsten Seite wählen; nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="206"/>
        <source>linkwizard stores it only in your system keyring.</source>
        <translation>linkwizard speichert ihn nur im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="42"/>
        <source>Use your secret &amp;key</source>
        <translation>Ihren &amp;Geheimschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="104"/>
        <source>Cop&amp;y link</source>
        <translation>L&amp;ink kopieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="106"/>
        <source>Copy the link to the prefilled form</source>
        <translation>Den Link zum vorausgefüllten Formular kopieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="172"/>
        <source>Create a restricted key</source>
        <translation>Einen eingeschränkten Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="173"/>
        <source>Choose what the key may read; Stripe&apos;s form opens with exactly that ticked (%s).</source>
        <translation>Wählen Sie, was der Schlüssel lesen darf; Stripes Formular öffnet sich mit genau diesen Häkchen (%s).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="176"/>
        <source>Find your secret key</source>
        <translation>Ihren Geheimschlüssel finden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="177"/>
        <source>Stripe created your API keys with your account. Copy the secret key for %s.</source>
        <translation>Stripe hat Ihre API-Schlüssel mit Ihrem Konto angelegt. Kopieren Sie den Geheimschlüssel für %s.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="188"/>
        <source>&lt;li&gt;&lt;b&gt;Turn on Test mode.&lt;/b&gt; Use the &lt;b&gt;Test mode&lt;/b&gt; toggle at the top right of the Dashboard. An orange &lt;b&gt;TEST MODE&lt;/b&gt; banner appears and the address contains &lt;code&gt;/test&lt;/code&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Testmodus einschalten.&lt;/b&gt; Nutzen Sie den Schalter &lt;b&gt;Testmodus&lt;/b&gt; oben rechts im Dashboard. Ein orangefarbenes Banner &lt;b&gt;TESTMODUS&lt;/b&gt; erscheint und die Adresse enthält &lt;code&gt;/test&lt;/code&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="191"/>
        <source>&lt;li&gt;&lt;b&gt;Make sure Test mode is off.&lt;/b&gt; No orange &lt;b&gt;TEST MODE&lt;/b&gt; banner should show at the top of the Dashboard.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Prüfen, dass der Testmodus aus ist.&lt;/b&gt; Oben im Dashboard darf kein orangefarbenes Banner &lt;b&gt;TESTMODUS&lt;/b&gt; zu sehen sein.&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="194"/>
        <source>Reveal live key</source>
        <translation>Live-Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="194"/>
        <source>Reveal test key</source>
        <translation>Testschlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="207"/>
        <source>&amp;Open API keys page (%s)</source>
        <translation>Seite „API-Schlüssel“ &amp;öffnen (%s)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="211"/>
        <source>&lt;p&gt;A restricted key can do only what you allow, and works wherever a secret key does.&lt;/p&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;On the API keys page, click &lt;b&gt;Create restricted key&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;How will you be using this key?&lt;/b&gt;, pick the option that fits, for example &lt;i&gt;Powering an integration you built&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Give it a name you will recognise, such as &lt;i&gt;linkwizard&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Grant at least &lt;b&gt;Customers: Read&lt;/b&gt;; linkwizard&apos;s connection test needs it. Grant Read or Write on anything else your tools use.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create key&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anything the key is not allowed to do will fail later with a permission error.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein eingeschränkter Schlüssel kann nur, was Sie erlauben, und funktioniert überall, wo ein Geheimschlüssel funktioniert.&lt;/p&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Klicken Sie auf der Seite „API-Schlüssel“ auf &lt;b&gt;Eingeschränkten Schlüssel erstellen&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Wählen Sie unter &lt;b&gt;Wie werden Sie diesen Schlüssel verwenden?&lt;/b&gt; die passende Option, zum Beispiel &lt;i&gt;Für eine selbst gebaute Integration&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Geben Sie ihm einen Namen, den Sie wiedererkennen, etwa &lt;i&gt;linkwizard&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Erteilen Sie mindestens &lt;b&gt;Kunden: Lesen&lt;/b&gt;; der Verbindungstest von linkwizard braucht das. Erteilen Sie Lesen oder Schreiben für alles andere, was Ihre Werkzeuge nutzen.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Schlüssel erstellen&lt;/b&gt; und kopieren Sie ihn. Er beginnt mit &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Alles, was der Schlüssel nicht darf, scheitert später mit einem Berechtigungsfehler.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="224"/>
        <source>&amp;Open the prefilled form in Stripe (%s)</source>
        <translation>Vorausgefülltes Formular bei Stripe ö&amp;ffnen (%s)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="228"/>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Stripe opens &lt;b&gt;Create restricted key&lt;/b&gt; named &lt;i&gt;{name}&lt;/i&gt;, with Read ticked for what you chose. Sign in if asked.&lt;/li&gt;&lt;li&gt;Check the list, click &lt;b&gt;Create key&lt;/b&gt;, then copy the key. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Come back and choose Next: linkwizard checks that the key reads exactly what you asked for.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Stripe öffnet &lt;b&gt;Eingeschränkten Schlüssel erstellen&lt;/b&gt; mit dem Namen &lt;i&gt;{name}&lt;/i&gt; und Lesen für Ihre Auswahl angehakt. Melden Sie sich an, falls gefragt.&lt;/li&gt;&lt;li&gt;Prüfen Sie die Liste, klicken Sie auf &lt;b&gt;Schlüssel erstellen&lt;/b&gt; und kopieren Sie den Schlüssel. Er beginnt mit &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Kommen Sie zurück und wählen Sie „Weiter“: linkwizard prüft, dass der Schlüssel genau das lesen kann, was Sie gewählt haben.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="53"/>
        <source>Import keys from this computer</source>
        <translation>Schlüssel von diesem Computer importieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="60"/>
        <source>Stripe keys are often kept in plaintext: in the Stripe CLI&apos;s configuration, in this app&apos;s environment, or in a project&apos;s .env file. Each key you choose is tested with Stripe and stored in your keyring, exactly as when you add an account. Keys are shown only by their first and last characters.</source>
        <translation>Stripe-Schlüssel liegen oft im Klartext: in der Konfiguration der Stripe CLI, in der Umgebung dieser App oder in der .env-Datei eines Projekts. Jeder gewählte Schlüssel wird bei Stripe geprüft und in Ihrem Schlüsselbund gespeichert, genau wie beim Hinzufügen eines Kontos. Schlüssel werden nur mit ihren ersten und letzten Zeichen gezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="69"/>
        <source>Keys found on this computer</source>
        <translation>Auf diesem Computer gefundene Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="70"/>
        <source>Check the keys to import; Space checks or unchecks one</source>
        <translation>Wählen Sie die zu importierenden Schlüssel; die Leertaste setzt oder entfernt ein Häkchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="71"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="71"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="71"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="71"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="83"/>
        <source>Add a .&amp;env file…</source>
        <translation>.env-&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="84"/>
        <source>Scan a&amp;gain</source>
        <translation>Erneut s&amp;uchen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="87"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="93"/>
        <source>&amp;Import selected</source>
        <translation>Auswahl &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="95"/>
        <source>&amp;Remove the plaintext copies…</source>
        <translation>Klartext-Kopien entfe&amp;rnen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="97"/>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="292"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="122"/>
        <source>Looking for Stripe keys…</source>
        <translation>Stripe-Schlüssel werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="130"/>
        <source>Choose a .env file</source>
        <translation>.env-Datei wählen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="131"/>
        <source>Environment files (.env .env.* *.env);;All files (*)</source>
        <translation>Umgebungsdateien (.env .env.* *.env);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="148"/>
        <source>The Stripe CLI keeps only a hint of this key here; the full key is in its own keyring, out of linkwizard&apos;s reach.</source>
        <translation>Die Stripe CLI speichert hier nur einen Hinweis auf diesen Schlüssel; der vollständige Schlüssel liegt in ihrem eigenen Schlüsselbund, außerhalb der Reichweite von linkwizard.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="158"/>
        <source>Keys found in plaintext: %1.</source>
        <translation>Im Klartext gefundene Schlüssel: %1.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="162"/>
        <source>No Stripe keys in plaintext were found. Add a .env file to look in a project too.</source>
        <translation>Es wurden keine Stripe-Schlüssel im Klartext gefunden. Fügen Sie eine .env-Datei hinzu, um auch in einem Projekt zu suchen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="168"/>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="217"/>
        <source>Already linked as “%s”</source>
        <translation>Bereits verknüpft als „%s“</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="170"/>
        <source>Redacted by the Stripe CLI</source>
        <translation>Von der Stripe CLI unkenntlich gemacht</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="174"/>
        <source>Set more than once in this file</source>
        <translation>In dieser Datei mehrfach gesetzt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="175"/>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="194"/>
        <source>Testing each key with Stripe and storing it in the keyring…</source>
        <translation>Jeder Schlüssel wird bei Stripe geprüft und im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="215"/>
        <source>Linked as “%s”</source>
        <translation>Verknüpft als „%s“</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="219"/>
        <source>Refused: %s</source>
        <translation>Abgelehnt: %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="220"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="226"/>
        <source>Linked %1, already linked %2, refused %3, skipped %4.</source>
        <translation>Verknüpft: %1, bereits verknüpft: %2, abgelehnt: %3, übersprungen: %4.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="231"/>
        <source>The plaintext copies are still in their files. Remove them once your tools get the key from linkwizard, for example:</source>
        <translation>Die Klartext-Kopien sind noch in ihren Dateien. Entfernen Sie sie, sobald Ihre Werkzeuge den Schlüssel von linkwizard bekommen, zum Beispiel:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="247"/>
        <source>Import cancelled. Keys linked before that stay linked: %1.</source>
        <translation>Import abgebrochen. Schon verknüpfte Schlüssel bleiben verknüpft: %1.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="270"/>
        <source>Plaintext copies removed: %1. Each is now a hint:</source>
        <translation>Entfernte Klartext-Kopien: %1. Jede ist jetzt ein Hinweis:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="273"/>
        <source>Left as they were:</source>
        <translation>Unverändert gelassen:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="276"/>
        <source>Run your tools with the key from the keyring:</source>
        <translation>Starten Sie Ihre Werkzeuge mit dem Schlüssel aus dem Schlüsselbund:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="292"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/imports/page.py" line="312"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>KeyKind</name>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="51"/>
        <source>Secret key (full access)</source>
        <translation>Geheimschlüssel (voller Zugriff)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="52"/>
        <source>Restricted key</source>
        <translation>Eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="53"/>
        <source>Organization key</source>
        <translation>Organisationsschlüssel</translation>
    </message>
</context>
<context>
    <name>LinkWizard</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="49"/>
        <source>Link a Stripe account</source>
        <translation>Ein Stripe-Konto verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="127"/>
        <source>Replace the key of %s</source>
        <translation>Den Schlüssel von %s ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="71"/>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="72"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="77"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="78"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="79"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="81"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="82"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/linkwizard/gui/content.py" line="55"/>
        <source>Select an account on the left, or add a new one.</source>
        <translation>Wählen Sie links ein Konto, oder fügen Sie ein neues hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="55"/>
        <source>Stripe API address</source>
        <translation>Adresse der Stripe-API</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="56"/>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/room.py" line="38"/>
        <source>Team vault</source>
        <translation>Team-Tresor</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/room.py" line="39"/>
        <location filename="../../src/linkwizard/gui/team/room.py" line="101"/>
        <source>&amp;Log in…</source>
        <translation>Anme&amp;lden…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/room.py" line="40"/>
        <source>A teammate replaced a key</source>
        <translation>Ein Teammitglied hat einen Schlüssel ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/room.py" line="41"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/window.py" line="93"/>
        <source>Checking %n account(s) with Stripe…</source>
        <translation>
            <numerusform>%n Konto wird mit Stripe geprüft…</numerusform>
            <numerusform>%n Konten werden mit Stripe geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="44"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="45"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="63"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="64"/>
        <source>&amp;Import keys from this computer…</source>
        <translation>Schlüssel von diesem Computer &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="65"/>
        <source>Add from &amp;team vault…</source>
        <translation>Aus dem &amp;Team-Tresor hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="66"/>
        <location filename="../../src/linkwizard/gui/team/room.py" line="102"/>
        <source>Team &amp;vault…</source>
        <translation>Team-Tre&amp;sor…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="77"/>
        <source>Keep checking in the &amp;background</source>
        <translation>Im &amp;Hintergrund weiter prüfen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="79"/>
        <source>Start at &amp;login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="71"/>
        <source>&amp;User guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="72"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/menus.py" line="74"/>
        <source>&amp;About linkwizard</source>
        <translation>&amp;Über linkwizard</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="68"/>
        <source>About linkwizard</source>
        <translation>Über linkwizard</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="70"/>
        <source>&lt;b&gt;linkwizard %s&lt;/b&gt;&lt;br&gt;Link a Stripe account to this computer by API key.</source>
        <translation>&lt;b&gt;linkwizard %s&lt;/b&gt;&lt;br&gt;Verknüpft ein Stripe-Konto per API-Schlüssel mit diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="94"/>
        <source>Accounts checked.</source>
        <translation>Konten geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/actions.py" line="52"/>
        <source>Checking what “%s” can read…</source>
        <translation>Es wird geprüft, was „%s“ lesen darf…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/actions.py" line="54"/>
        <source>Permissions of “%s” checked.</source>
        <translation>Berechtigungen von „%s“ geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/actions.py" line="78"/>
        <source>Moving the key of “%s” into the team vault…</source>
        <translation>Der Schlüssel von „%s“ wird in den Team-Tresor verschoben…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/actions.py" line="80"/>
        <source>“%s” is shared with your team (version %d).</source>
        <translation>„%s“ ist mit Ihrem Team geteilt (Version %d).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="205"/>
        <source>The key of “%s” was replaced.</source>
        <translation>Der Schlüssel von „%s“ wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="37"/>
        <source>Account linked</source>
        <translation>Konto verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="38"/>
        <source>“%s” is linked.</source>
        <translation>„%s“ ist verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="72"/>
        <source>Keys are kept in your system keyring, and the keys of team accounts in the team vault at %s; never in a file.</source>
        <translation>Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt, die Schlüssel von Team-Konten im Team-Tresor unter %s; nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="74"/>
        <source>Keys are kept only in your system keyring.</source>
        <translation>Schlüssel werden nur im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="76"/>
        <source>Licence: MIT.&lt;br&gt;%s&lt;br&gt;&lt;br&gt;Accounts (no keys): %s&lt;br&gt;Log (keys redacted): %s</source>
        <translation>Lizenz: MIT.&lt;br&gt;%s&lt;br&gt;&lt;br&gt;Konten (ohne Schlüssel): %s&lt;br&gt;Protokoll (Schlüssel geschwärzt): %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="86"/>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="87"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="93"/>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="114"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="94"/>
        <source>Remove “%s” and delete its key from the keyring?

Scripts that use it with linkwizard exec will stop working. The key itself stays valid in Stripe.</source>
        <translation>„%s“ entfernen und seinen Schlüssel aus dem Schlüsselbund löschen?

Skripte, die es mit linkwizard exec nutzen, funktionieren dann nicht mehr. Der Schlüssel selbst bleibt bei Stripe gültig.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="115"/>
        <source>Remove “%s” from this computer?

The key stays in the team vault, where teammates can still use it.</source>
        <translation>„%s“ von diesem Computer entfernen?

Der Schlüssel bleibt im Team-Tresor, wo Ihr Team ihn weiter nutzen kann.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="123"/>
        <source>Also &amp;delete it from the team vault (for everyone)</source>
        <translation>Auch aus dem Team-Tresor &amp;löschen (für alle)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="127"/>
        <source>Your vault policy does not allow deleting in the team vault; ask whoever runs it.</source>
        <translation>Ihre Tresor-Richtlinie erlaubt kein Löschen im Team-Tresor; fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="136"/>
        <source>Share with team</source>
        <translation>Mit dem Team teilen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="137"/>
        <source>Move the key of “%s” into the team vault at %s?&lt;br&gt;&lt;br&gt;Teammates whose vault policy allows it can then add and use this account. The copy in this computer&apos;s keyring is deleted once the vault holds the key.</source>
        <translation>Den Schlüssel von „%s“ in den Team-Tresor unter %s verschieben?&lt;br&gt;&lt;br&gt;Teammitglieder, deren Tresor-Richtlinie es erlaubt, können dieses Konto dann hinzufügen und verwenden. Die Kopie im Schlüsselbund dieses Computers wird gelöscht, sobald der Tresor den Schlüssel hat.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="151"/>
        <source>Remove the plaintext copies</source>
        <translation>Klartext-Kopien entfernen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/dialogs.py" line="153"/>
        <source>Replace the keys in these files with hints?

%s

The keys are in your keyring now. A tool that read a key from one of these files needs linkwizard exec from now on. No backup copy is made: it would be one more plaintext key.</source>
        <translation>Die Schlüssel in diesen Dateien durch Hinweise ersetzen?

%s

Die Schlüssel liegen jetzt in Ihrem Schlüsselbund. Ein Werkzeug, das einen Schlüssel aus einer dieser Dateien gelesen hat, braucht ab jetzt linkwizard exec. Es wird keine Sicherungskopie angelegt: Sie wäre ein weiterer Schlüssel im Klartext.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="91"/>
        <source>Removed “%s”.</source>
        <translation>„%s“ entfernt.</translation>
    </message>
</context>
<context>
    <name>TeamChanges</name>
    <message>
        <location filename="../../src/linkwizard/gui/team/changes.py" line="24"/>
        <source>The key of “%1” was replaced in the team vault by %2 at %3: version %4, %5. It was tested and is used from now on.</source>
        <translation>Der Schlüssel von „%1“ wurde im Team-Tresor von %2 am %3 ersetzt: Version %4, %5. Er wurde geprüft und wird ab jetzt verwendet.</translation>
    </message>
</context>
<context>
    <name>TeamVaultDialog</name>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="53"/>
        <source>Team vault</source>
        <translation>Team-Tresor</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="54"/>
        <source>Team vault settings and login</source>
        <translation>Einstellungen und Anmeldung des Team-Tresors</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="58"/>
        <source>Keep Stripe keys in your team&apos;s OpenBao or HashiCorp Vault, so teammates use them without anyone pasting a key. Your login is kept in this computer&apos;s keyring; the settings hold no secret.</source>
        <translation>Bewahren Sie Stripe-Schlüssel im OpenBao oder HashiCorp Vault Ihres Teams auf, damit Ihr Team sie nutzt, ohne dass jemand einen Schlüssel einfügt. Ihre Anmeldung liegt im Schlüsselbund dieses Computers; die Einstellungen enthalten kein Geheimnis.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="63"/>
        <source>Vault address</source>
        <translation>Adresse des Tresors</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="64"/>
        <source>KV version 2 mount</source>
        <translation>Einhängepunkt (KV Version 2)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="65"/>
        <source>Path for Stripe keys</source>
        <translation>Pfad für Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="66"/>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="66"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="67"/>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="178"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="67"/>
        <source>(the system&apos;s)</source>
        <translation>(die des Systems)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="68"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="70"/>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="77"/>
        <source>Check the vault answers, then save the settings</source>
        <translation>Prüfen, ob der Tresor antwortet, dann die Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="79"/>
        <source>Where the vault is</source>
        <translation>Wo der Tresor ist</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="81"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="81"/>
        <source>&amp;Mount:</source>
        <translation>&amp;Einhängepunkt:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="82"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="82"/>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="89"/>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="90"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="90"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="91"/>
        <source>In the browser (OIDC)</source>
        <translation>Im Browser (OIDC)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="93"/>
        <source>Vault token</source>
        <translation>Tresor-Token</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="95"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="96"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="98"/>
        <source>OIDC role</source>
        <translation>OIDC-Rolle</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="98"/>
        <source>(the default role)</source>
        <translation>(die Standardrolle)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="100"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="101"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="102"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="117"/>
        <source>&amp;Log in</source>
        <translation>Anme&amp;lden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="119"/>
        <source>Log in to the team vault</source>
        <translation>Beim Team-Tresor anmelden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="121"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="123"/>
        <source>Log out of the team vault</source>
        <translation>Vom Team-Tresor abmelden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="127"/>
        <source>Stop waiting</source>
        <translation>Nicht länger warten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="130"/>
        <source>Your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="303"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="303"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="304"/>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="304"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="305"/>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="305"/>
        <source>patch</source>
        <translation>teilweise ändern</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="306"/>
        <source>deny</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="306"/>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="75"/>
        <source>Check and sa&amp;ve</source>
        <translation>Prüfen und spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="84"/>
        <source>CA f&amp;ile:</source>
        <translation>CA-Date&amp;i:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="125"/>
        <source>&amp;Stop</source>
        <translation>Abbrec&amp;hen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="132"/>
        <source>M&amp;ethod:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="142"/>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="194"/>
        <source>Checking the team vault…</source>
        <translation>Der Team-Tresor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="168"/>
        <source>No team vault is set up yet. Enter its address and choose Check and save.</source>
        <translation>Noch kein Team-Tresor eingerichtet. Geben Sie seine Adresse ein und wählen Sie „Prüfen und speichern“.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="179"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="199"/>
        <source>Checking the vault…</source>
        <translation>Der Tresor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="210"/>
        <source>Finish the login in your browser…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="211"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="225"/>
        <source>Logging out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="231"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="234"/>
        <source>Finish the login in your browser. If it did not open, open this address:
%s</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. Falls er sich nicht geöffnet hat, öffnen Sie diese Adresse:
%s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="275"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="276"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="279"/>
        <source>no expiry</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="280"/>
        <source>Logged in as %s (policies: %s); time left: %s</source>
        <translation>Angemeldet als %s (Richtlinien: %s); verbleibende Zeit: %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="282"/>
        <source>May do with the team&apos;s keys: %s</source>
        <translation>Darf mit den Schlüsseln des Teams: %s</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/vault_dialog.py" line="284"/>
        <source>Log in below.</source>
        <translation>Melden Sie sich unten an.</translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/model.py" line="28"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts/model.py" line="29"/>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="49"/>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="50"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="51"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="52"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="42"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="89"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="43"/>
        <source>Charges</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="44"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="91"/>
        <source>Payment intents</source>
        <translation>Payment Intents</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="46"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="92"/>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="47"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="93"/>
        <source>Disputes</source>
        <translation>Zahlungsanfechtungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="48"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="94"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="49"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="95"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="51"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="52"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="53"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="97"/>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="54"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="98"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="55"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="100"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="56"/>
        <location filename="../../src/linkwizard/domain/permissions.py" line="99"/>
        <source>Checkout sessions</source>
        <translation>Checkout-Sitzungen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="90"/>
        <source>Payments (charges)</source>
        <translation>Zahlungen (Charges)</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/permissions.py" line="96"/>
        <source>Products and prices</source>
        <translation>Produkte und Preise</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="219"/>
        <source>Use a name of 1 to {most} characters.</source>
        <translation>Verwenden Sie einen Namen mit 1 bis {most} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/account.py" line="224"/>
        <source>Use letters, digits, spaces and punctuation, without control characters.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/store/accounts.py" line="57"/>
        <source>The list of accounts could not be opened</source>
        <translation>Die Kontenliste konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/store/accounts.py" line="58"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Prüfen Sie die Zugriffsrechte des Datenordners.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/store/accounts.py" line="79"/>
        <source>The damaged file was kept aside as {path}; your keys are still in the keyring. Link the accounts again, or restore the file if you know how it broke.</source>
        <translation>Die beschädigte Datei wurde als {path} beiseitegelegt; Ihre Schlüssel sind weiter im Schlüsselbund. Verknüpfen Sie die Konten erneut, oder stellen Sie die Datei wieder her, wenn Sie wissen, wie sie kaputtging.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/store/accounts.py" line="105"/>
        <source>An account named “{name}” already exists</source>
        <translation>Ein Konto namens „{name}“ gibt es schon</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="220"/>
        <source>This is a {belongs} key</source>
        <translation>Das ist ein Schlüssel für {belongs}</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="221"/>
        <source>You chose {chosen}, which needs a key starting with sk_{mode}_ or rk_{mode}_. Switch to {belongs}, or copy the {chosen} key.</source>
        <translation>Sie haben {chosen} gewählt; dafür braucht es einen Schlüssel, der mit sk_{mode}_ oder rk_{mode}_ beginnt. Wechseln Sie zu {belongs}, oder kopieren Sie den Schlüssel für {chosen}.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="91"/>
        <source>This key is already linked as “{name}”</source>
        <translation>Dieser Schlüssel ist schon als „{name}“ verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="92"/>
        <source>This Stripe account is already linked as “{name}”</source>
        <translation>Dieses Stripe-Konto ist schon als „{name}“ verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="188"/>
        <source>“{name}” is a {linked} account</source>
        <translation>„{name}“ ist ein Konto für {linked}</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="189"/>
        <source>A new key keeps the account&apos;s environment. Link a {chosen} key as a new account instead.</source>
        <translation>Ein neuer Schlüssel behält die Umgebung des Kontos. Verknüpfen Sie einen Schlüssel für {chosen} stattdessen als neues Konto.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="216"/>
        <source>This key belongs to {found}, not {linked}</source>
        <translation>Dieser Schlüssel gehört zu {found}, nicht zu {linked}</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/linking.py" line="300"/>
        <source>“{name}” is in the team vault already</source>
        <translation>„{name}“ liegt schon im Team-Tresor</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="36"/>
        <source>No key was entered</source>
        <translation>Es wurde kein Schlüssel eingegeben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="37"/>
        <source>Paste the secret key from the API keys page of your Stripe Dashboard.</source>
        <translation>Fügen Sie den Geheimschlüssel von der Seite „API-Schlüssel“ Ihres Stripe-Dashboards ein.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="39"/>
        <source>This is a publishable key</source>
        <translation>Das ist ein veröffentlichbarer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="40"/>
        <source>Publishable keys (pk_) only work in web pages. Copy the Secret key (sk_) or a restricted key (rk_) instead.</source>
        <translation>Veröffentlichbare Schlüssel (pk_) funktionieren nur in Webseiten. Kopieren Sie stattdessen den Geheimschlüssel (sk_) oder einen eingeschränkten Schlüssel (rk_).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="43"/>
        <source>This is a webhook signing secret</source>
        <translation>Das ist ein Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="44"/>
        <source>Webhook secrets (whsec_) cannot call the API. Copy the Secret key (sk_) or a restricted key (rk_) from Developers &gt; API keys.</source>
        <translation>Webhook-Geheimnisse (whsec_) können die API nicht aufrufen. Kopieren Sie den Geheimschlüssel (sk_) oder einen eingeschränkten Schlüssel (rk_) unter Entwickler &gt; API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="48"/>
        <source>An organization key needs the account it acts on</source>
        <translation>Ein Organisationsschlüssel braucht das Konto, für das er handelt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="49"/>
        <source>Every request with an organization key (sk_org) names one account of the organization. Enter that account&apos;s id (acct_…, in the Dashboard under Settings › Business › Account details, or in the account switcher), or use --stripe-context acct_… on the command line.</source>
        <translation>Jede Anfrage mit einem Organisationsschlüssel (sk_org) nennt ein Konto der Organisation. Geben Sie die ID dieses Kontos ein (acct_…, im Dashboard unter Einstellungen › Unternehmen › Kontodetails oder im Kontowechsler), oder verwenden Sie auf der Kommandozeile --stripe-context acct_….</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="55"/>
        <source>This is not a Stripe account id</source>
        <translation>Das ist keine Stripe-Konto-ID</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="56"/>
        <source>An account id starts with acct_ followed by letters and digits, with no spaces, e.g. acct_1Nv0FGQ9RKHgCVdK. For a connected account of a connected platform, write acct_platform/acct_connected.</source>
        <translation>Eine Konto-ID beginnt mit acct_, gefolgt von Buchstaben und Ziffern ohne Leerzeichen, z. B. acct_1Nv0FGQ9RKHgCVdK. Für ein verbundenes Konto einer verbundenen Plattform schreiben Sie acct_plattform/acct_verbunden.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="61"/>
        <source>This is a web address, not an account id</source>
        <translation>Das ist eine Webadresse, keine Konto-ID</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="62"/>
        <source>Paste only the account id: the part that starts with acct_ (for example acct_1Nv0FGQ9RKHgCVdK).</source>
        <translation>Fügen Sie nur die Konto-ID ein: den Teil, der mit acct_ beginnt (zum Beispiel acct_1Nv0FGQ9RKHgCVdK).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="65"/>
        <source>A publishable key cannot act for another account</source>
        <translation>Ein veröffentlichbarer Schlüssel kann nicht für ein anderes Konto handeln</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="66"/>
        <source>Publishable keys only work in web pages. Use a secret, restricted or organization key with an account to act on.</source>
        <translation>Veröffentlichbare Schlüssel funktionieren nur in Webseiten. Verwenden Sie einen geheimen, eingeschränkten oder Organisationsschlüssel mit einem Konto, für das er handelt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="70"/>
        <source>This key cannot act on {context}</source>
        <translation>Dieser Schlüssel kann nicht für {context} handeln</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="71"/>
        <source>Stripe says the key has no access to that account, or that it does not exist in this mode. Check the id, that the account belongs to the key&apos;s organization or is connected to this platform, and that key and account are both live or both test.</source>
        <translation>Laut Stripe hat der Schlüssel keinen Zugriff auf dieses Konto, oder es existiert in diesem Modus nicht. Prüfen Sie die ID, ob das Konto zur Organisation des Schlüssels gehört oder mit dieser Plattform verbunden ist und ob Schlüssel und Konto beide live oder beide Test sind.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="77"/>
        <source>Stripe wants an account to act on</source>
        <translation>Stripe verlangt ein Konto, für das gehandelt wird</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="78"/>
        <source>Stripe refused a request without an account context. Link the key again with the account&apos;s id (acct_…).</source>
        <translation>Stripe hat eine Anfrage ohne Kontokontext abgelehnt. Verknüpfen Sie den Schlüssel erneut mit der ID des Kontos (acct_…).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="81"/>
        <source>This does not look like a Stripe API key</source>
        <translation>Das sieht nicht nach einem Stripe-API-Schlüssel aus</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="82"/>
        <source>Stripe secret keys start with sk_live_ or sk_test_, restricted keys with rk_live_ or rk_test_. Copy the whole key again.</source>
        <translation>Stripe-Geheimschlüssel beginnen mit sk_live_ oder sk_test_, eingeschränkte Schlüssel mit rk_live_ oder rk_test_. Kopieren Sie den ganzen Schlüssel erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="85"/>
        <source>The key is incomplete or has stray characters</source>
        <translation>Der Schlüssel ist unvollständig oder enthält fremde Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="86"/>
        <source>Copy the whole key again with the copy icon next to it in the Dashboard.</source>
        <translation>Kopieren Sie den ganzen Schlüssel erneut mit dem Kopiersymbol daneben im Dashboard.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="89"/>
        <source>This key belongs to the other environment</source>
        <translation>Dieser Schlüssel gehört zur anderen Umgebung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="90"/>
        <source>Choose the environment that matches the key, or copy the key for the environment you chose.</source>
        <translation>Wählen Sie die Umgebung, die zum Schlüssel passt, oder kopieren Sie den Schlüssel für die gewählte Umgebung.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="93"/>
        <source>Stripe reports a different mode for this key</source>
        <translation>Stripe meldet für diesen Schlüssel einen anderen Modus</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="94"/>
        <source>Stripe says this key works in the other mode. Check you copied it from the right Dashboard page.</source>
        <translation>Laut Stripe gilt dieser Schlüssel im anderen Modus. Prüfen Sie, ob Sie ihn von der richtigen Dashboard-Seite kopiert haben.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="97"/>
        <source>The command was not complete</source>
        <translation>Der Befehl war unvollständig</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="98"/>
        <source>Run `linkwizard --help` for the commands and their options.</source>
        <translation>Mit `linkwizard --help` sehen Sie die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="100"/>
        <source>That account name cannot be used</source>
        <translation>Dieser Kontoname ist nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="101"/>
        <source>Use a short name with letters, digits or spaces.</source>
        <translation>Verwenden Sie einen kurzen Namen aus Buchstaben, Ziffern oder Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="103"/>
        <source>That account name is already used</source>
        <translation>Dieser Kontoname ist schon vergeben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="104"/>
        <source>Choose another name, or remove the other account first.</source>
        <translation>Wählen Sie einen anderen Namen, oder entfernen Sie zuerst das andere Konto.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="106"/>
        <source>This account is already linked</source>
        <translation>Dieses Konto ist schon verknüpft</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="107"/>
        <source>Open the existing account, or replace its key instead of adding a twin.</source>
        <translation>Öffnen Sie das vorhandene Konto, oder ersetzen Sie dessen Schlüssel, statt ein zweites anzulegen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="110"/>
        <source>This key belongs to a different Stripe account</source>
        <translation>Dieser Schlüssel gehört zu einem anderen Stripe-Konto</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="111"/>
        <source>Check you copied the key of the right account. Replace it anyway only if you mean to point this connection at another Stripe account.</source>
        <translation>Prüfen Sie, ob Sie den Schlüssel des richtigen Kontos kopiert haben. Ersetzen Sie trotzdem nur, wenn diese Verbindung auf ein anderes Stripe-Konto zeigen soll.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="115"/>
        <source>No such linked account</source>
        <translation>Kein solches verknüpftes Konto</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="116"/>
        <source>Run `linkwizard accounts` to see the names of your linked accounts.</source>
        <translation>Mit `linkwizard accounts` sehen Sie die Namen Ihrer verknüpften Konten.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="119"/>
        <source>The Stripe API address is not allowed</source>
        <translation>Die Stripe-API-Adresse ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="120"/>
        <source>LINKWIZARD_API_BASE must be an https:// address, or http:// to this computer only. Unset it to use Stripe itself.</source>
        <translation>LINKWIZARD_API_BASE muss eine https://-Adresse sein, oder http:// nur zu diesem Computer. Entfernen Sie die Variable, um Stripe selbst zu nutzen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="123"/>
        <source>A live key is only ever sent to Stripe</source>
        <translation>Ein Live-Schlüssel geht nur an Stripe</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="124"/>
        <source>LINKWIZARD_API_BASE points at {base}, not api.stripe.com, so this live key was not sent. Unset LINKWIZARD_API_BASE, or use a test key with that server.</source>
        <translation>LINKWIZARD_API_BASE zeigt auf {base}, nicht auf api.stripe.com; deshalb wurde dieser Live-Schlüssel nicht gesendet. Entfernen Sie LINKWIZARD_API_BASE, oder verwenden Sie für diesen Server einen Testschlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="129"/>
        <source>Stripe did not accept this key</source>
        <translation>Stripe hat diesen Schlüssel nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="130"/>
        <source>The key is wrong or was revoked. Copy it again from the Dashboard, or create a new one.</source>
        <translation>Der Schlüssel ist falsch oder wurde widerrufen. Kopieren Sie ihn erneut aus dem Dashboard, oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="133"/>
        <source>This key has expired</source>
        <translation>Dieser Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="134"/>
        <source>The key was rolled or reached its expiry date. Copy the current key from the Dashboard&apos;s API keys page.</source>
        <translation>Der Schlüssel wurde erneuert oder hat sein Ablaufdatum erreicht. Kopieren Sie den aktuellen Schlüssel von der Seite „API-Schlüssel“ im Dashboard.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="138"/>
        <source>The key lacks a permission</source>
        <translation>Dem Schlüssel fehlt eine Berechtigung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="139"/>
        <source>Edit the restricted key in the Dashboard and grant at least Customers: Read, then try again.</source>
        <translation>Bearbeiten Sie den eingeschränkten Schlüssel im Dashboard, erteilen Sie mindestens Kunden: Lesen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="143"/>
        <source>Stripe is limiting requests</source>
        <translation>Stripe begrenzt die Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="144"/>
        <source>Too many requests were made with this account. Wait a minute and try again.</source>
        <translation>Mit diesem Konto gab es zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="147"/>
        <source>Stripe had a problem</source>
        <translation>Bei Stripe ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="148"/>
        <source>The problem is on Stripe&apos;s side. Try again in a few minutes; status.stripe.com shows ongoing incidents.</source>
        <translation>Das Problem liegt bei Stripe. Versuchen Sie es in ein paar Minuten erneut; status.stripe.com zeigt laufende Störungen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="151"/>
        <source>Stripe&apos;s address could not be found</source>
        <translation>Die Adresse von Stripe wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="152"/>
        <source>Check that this computer is online and its DNS works, then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und DNS funktioniert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="155"/>
        <source>Could not reach Stripe</source>
        <translation>Stripe ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="156"/>
        <source>Check your internet connection or firewall, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung oder Firewall und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="158"/>
        <source>Stripe took too long to answer</source>
        <translation>Stripe hat zu lange nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="159"/>
        <source>The connection is slow or blocked. Try again, or check your network.</source>
        <translation>Die Verbindung ist langsam oder blockiert. Versuchen Sie es erneut, oder prüfen Sie Ihr Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="161"/>
        <source>The secure connection could not be verified</source>
        <translation>Die sichere Verbindung konnte nicht bestätigt werden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="162"/>
        <source>Something between this computer and Stripe presented an untrusted certificate. Try another network, or ask your IT team about TLS inspection.</source>
        <translation>Etwas zwischen diesem Computer und Stripe hat ein nicht vertrauenswürdiges Zertifikat vorgelegt. Versuchen Sie ein anderes Netzwerk, oder fragen Sie Ihre IT nach TLS-Inspektion.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="166"/>
        <source>The proxy server did not work</source>
        <translation>Der Proxyserver hat nicht funktioniert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="167"/>
        <source>Check the HTTPS_PROXY setting, or that the proxy server is running.</source>
        <translation>Prüfen Sie die Einstellung HTTPS_PROXY, oder ob der Proxyserver läuft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="170"/>
        <source>The answer did not come from Stripe&apos;s API</source>
        <translation>Die Antwort kam nicht von der Stripe-API</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="171"/>
        <source>A login page or filter on this network may be in the way. Sign in to the network (for example in a browser) and try again.</source>
        <translation>Eine Anmeldeseite oder ein Filter in diesem Netzwerk steht vermutlich im Weg. Melden Sie sich im Netzwerk an (etwa im Browser) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="176"/>
        <source>No secure keyring is available</source>
        <translation>Kein sicherer Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="177"/>
        <source>Install and unlock a keyring (GNOME Keyring or KWallet on Linux); linkwizard never stores keys in plain files.</source>
        <translation>Installieren und entsperren Sie einen Schlüsselbund (GNOME Keyring oder KWallet unter Linux); linkwizard speichert Schlüssel nie in einfachen Dateien.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="180"/>
        <source>The keyring is locked</source>
        <translation>Der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="181"/>
        <source>Unlock your keyring (it may ask for your login password), then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (eventuell mit Ihrem Anmeldepasswort) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="184"/>
        <source>The keyring did not work</source>
        <translation>Der Schlüsselbund hat nicht funktioniert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="185"/>
        <source>Check that your keyring service is running and unlocked, then try again.</source>
        <translation>Prüfen Sie, ob Ihr Schlüsselbunddienst läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="188"/>
        <source>The key is missing from the keyring</source>
        <translation>Der Schlüssel fehlt im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="189"/>
        <source>The stored key was deleted outside linkwizard. Replace the key, or remove and link the account again.</source>
        <translation>Der gespeicherte Schlüssel wurde außerhalb von linkwizard gelöscht. Ersetzen Sie den Schlüssel, oder entfernen und verknüpfen Sie das Konto neu.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="192"/>
        <source>The stored key is not a usable Stripe key</source>
        <translation>Der gespeicherte Schlüssel ist kein gültiger Stripe-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="193"/>
        <source>The keyring entry was changed outside linkwizard. Replace the key to store a good one; nothing was sent to Stripe.</source>
        <translation>Der Eintrag im Schlüsselbund wurde außerhalb von linkwizard geändert. Ersetzen Sie den Schlüssel durch einen gültigen; an Stripe wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="196"/>
        <source>The list of accounts could not be read</source>
        <translation>Die Kontenliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="197"/>
        <source>The damaged file was kept aside; your keys are still in the keyring. Link the accounts again or restore the file.</source>
        <translation>Die beschädigte Datei wurde beiseitegelegt; Ihre Schlüssel sind weiter im Schlüsselbund. Verknüpfen Sie die Konten erneut oder stellen Sie die Datei wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="200"/>
        <source>The list of accounts could not be saved</source>
        <translation>Die Kontenliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="201"/>
        <source>Check that the disk is not full and the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenträger voll ist und der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="204"/>
        <source>linkwizard&apos;s folder belongs to another user</source>
        <translation>Der Ordner von linkwizard gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="205"/>
        <source>linkwizard keeps its files only in folders that are yours alone. Remove or fix {path} (a program run with sudo may have created it), then try again.</source>
        <translation>linkwizard legt seine Dateien nur in Ordnern ab, die allein Ihnen gehören. Entfernen oder korrigieren Sie {path} (vielleicht hat ihn ein Programm mit sudo angelegt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="209"/>
        <source>The list of accounts is in use</source>
        <translation>Die Kontenliste wird gerade verwendet</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="210"/>
        <source>Another linkwizard held the list of accounts for more than 10 seconds. Close it, or wait for it to finish, and try again.</source>
        <translation>Ein anderes linkwizard hat die Kontenliste länger als 10 Sekunden belegt. Schließen Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="213"/>
        <source>This account list was written by a newer linkwizard (version {version})</source>
        <translation>Diese Kontenliste wurde von einem neueren linkwizard geschrieben (Version {version})</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="215"/>
        <source>Install that version or newer. Nothing was changed: the list stays as the newer version left it.</source>
        <translation>Installieren Sie diese Version oder eine neuere. Nichts wurde geändert: Die Liste bleibt, wie die neuere Version sie hinterlassen hat.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="218"/>
        <source>A file changed since it was scanned</source>
        <translation>Eine Datei hat sich seit der Suche geändert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="219"/>
        <source>{path} was left as it is. Scan again, then remove the plaintext copies.</source>
        <translation>{path} wurde nicht verändert. Suchen Sie erneut und entfernen Sie dann die Klartext-Kopien.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="222"/>
        <source>A plaintext copy was kept</source>
        <translation>Eine Klartext-Kopie wurde behalten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="223"/>
        <source>{path} may hold the only copy left of a key this computer no longer keeps. Link that key again, then remove the copy.</source>
        <translation>{path} enthält vielleicht die letzte Kopie eines Schlüssels, den dieser Computer nicht mehr aufbewahrt. Verknüpfen Sie diesen Schlüssel erneut und entfernen Sie dann die Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="226"/>
        <source>The plaintext copies were left as they were</source>
        <translation>Die Klartext-Kopien wurden nicht verändert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="227"/>
        <source>{path} could not be rewritten, so nothing in it was changed. Check that it is a file of yours, then scan again.</source>
        <translation>{path} konnte nicht neu geschrieben werden, daher wurde darin nichts geändert. Prüfen Sie, ob es Ihre Datei ist, und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="233"/>
        <source>No team vault is set up</source>
        <translation>Kein Team-Tresor eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="234"/>
        <source>Set one up first: linkwizard team setup --address https://vault.example.com</source>
        <translation>Richten Sie zuerst einen ein: linkwizard team setup --address https://vault.example.com</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="237"/>
        <source>The team vault address is not allowed</source>
        <translation>Diese Adresse des Team-Tresors ist nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="238"/>
        <source>Use an https:// address. Plain http:// is accepted only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Verwenden Sie eine https://-Adresse. Einfaches http:// ist nur für diesen Computer erlaubt (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="241"/>
        <source>The mount “{mount}” is not a KV version 2 secrets engine</source>
        <translation>Der Einhängepunkt „{mount}“ ist keine KV-Engine der Version 2</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="243"/>
        <source>linkwizard keeps keys in KV version 2, which has versions and check-and-set. Give the mount of one with --mount (ask whoever runs the vault), or enable one: bao secrets enable -version=2 -path={mount} kv</source>
        <translation>linkwizard bewahrt Schlüssel in KV Version 2 auf, die Versionen und Check-and-Set kennt. Geben Sie deren Einhängepunkt mit --mount an (fragen Sie, wer den Tresor betreibt), oder richten Sie eine ein: bao secrets enable -version=2 -path={mount} kv</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="248"/>
        <source>“{name}” is already in the team vault</source>
        <translation>„{name}“ liegt schon im Team-Tresor</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="249"/>
        <source>Written by {by} at {at}. Add that one with linkwizard team add, or choose another name; nothing was overwritten.</source>
        <translation>Geschrieben von {by} am {at}. Fügen Sie diesen mit linkwizard team add hinzu oder wählen Sie einen anderen Namen; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="252"/>
        <source>linkwizard cannot start at login from where it is installed</source>
        <translation>linkwizard kann von seinem Installationsort aus nicht bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="254"/>
        <source>The path of its program holds a control character or a quote, which a login item cannot name safely. Install linkwizard in a folder with a plain name, then turn Start at login on again.</source>
        <translation>Der Pfad seines Programms enthält ein Steuerzeichen oder ein Anführungszeichen, das ein Anmeldeeintrag nicht sicher nennen kann. Installieren Sie linkwizard in einem Ordner mit einfachem Namen und schalten Sie „Bei Anmeldung starten“ dann wieder ein.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="259"/>
        <source>The team vault now holds a key of another Stripe account</source>
        <translation>Der Team-Tresor enthält jetzt einen Schlüssel eines anderen Stripe-Kontos</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="261"/>
        <source>“{name}” is linked to {linked}; the key in the team vault belongs to {found}. It was not used. If the change is meant, remove the account here and add it again from the team vault.</source>
        <translation>„{name}“ ist mit {linked} verknüpft; der Schlüssel im Team-Tresor gehört zu {found}. Er wurde nicht verwendet. Ist die Änderung gewollt, entfernen Sie das Konto hier und fügen Sie es erneut aus dem Team-Tresor hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="266"/>
        <source>The team vault now holds a key of the other environment</source>
        <translation>Der Team-Tresor enthält jetzt einen Schlüssel der anderen Umgebung</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="268"/>
        <source>“{name}” is a {linked} account; the key in the team vault is for {found}. It was not used. If the change is meant, remove the account here and add it again from the team vault.</source>
        <translation>„{name}“ ist ein Konto für {linked}; der Schlüssel im Team-Tresor ist für {found}. Er wurde nicht verwendet. Ist die Änderung gewollt, entfernen Sie das Konto hier und fügen Sie es erneut aus dem Team-Tresor hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="273"/>
        <source>The key in the team vault has blanks around it</source>
        <translation>Der Schlüssel im Team-Tresor hat Leerzeichen um sich</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="274"/>
        <source>linkwizard uses a team key only exactly as it is stored, so it was not added. Ask the teammate who wrote it to replace it with the key alone.</source>
        <translation>linkwizard verwendet einen Team-Schlüssel nur genau so, wie er gespeichert ist; er wurde daher nicht hinzugefügt. Bitten Sie das Teammitglied, das ihn geschrieben hat, ihn durch den Schlüssel allein zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="278"/>
        <source>The CA file could be changed by someone else</source>
        <translation>Die CA-Datei könnte von jemand anderem geändert werden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="279"/>
        <source>{path} or a folder above it belongs to another user or may be written by others, and whoever changes it decides which vault is trusted. Keep the certificate where only you (or root) can change it, for example in ~/.config, and give that path.</source>
        <translation>{path} oder ein Ordner darüber gehört einem anderen Benutzer oder kann von anderen beschrieben werden, und wer sie ändert, bestimmt, welchem Tresor vertraut wird. Bewahren Sie das Zertifikat dort auf, wo nur Sie (oder root) es ändern können, zum Beispiel in ~/.config, und geben Sie diesen Pfad an.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="288"/>
        <source>The team vault&apos;s address could not be found</source>
        <translation>Die Adresse des Team-Tresors wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="289"/>
        <source>Check that this computer is online and its DNS works, and that {address} is the vault&apos;s address, then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und sein DNS funktioniert und ob {address} die Adresse des Tresors ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="292"/>
        <source>The proxy server did not let the request to the team vault through</source>
        <translation>Der Proxyserver hat die Anfrage an den Team-Tresor nicht durchgelassen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="294"/>
        <source>Check the HTTPS_PROXY and NO_PROXY settings, or that the proxy server is running.</source>
        <translation>Prüfen Sie die Einstellungen HTTPS_PROXY und NO_PROXY oder ob der Proxyserver läuft.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="315"/>
        <source>linkwizard sends your login and keys only to the address you set up. Use the address of the node that answers (the active one), or ask whoever runs the vault to let standby nodes forward requests.</source>
        <translation>linkwizard sendet Ihre Anmeldung und Schlüssel nur an die eingerichtete Adresse. Verwenden Sie die Adresse des Knotens, der antwortet (des aktiven), oder bitten Sie, wer den Tresor betreibt, Standby-Knoten Anfragen weiterleiten zu lassen.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="348"/>
        <source>Your new key was tested but not saved: use it in your next try, or revoke it in the Stripe Dashboard. Verify to pick up their key, then replace again.</source>
        <translation>Ihr neuer Schlüssel wurde geprüft, aber nicht gespeichert: Verwenden Sie ihn beim nächsten Versuch oder widerrufen Sie ihn im Stripe-Dashboard. Prüfen Sie das Konto, um den anderen Schlüssel zu übernehmen, und ersetzen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="284"/>
        <source>The team vault cannot be reached</source>
        <translation>Der Team-Tresor ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="285"/>
        <source>Check your network and the vault&apos;s address ({address}), then try again.</source>
        <translation>Prüfen Sie Ihr Netzwerk und die Adresse des Tresors ({address}) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="297"/>
        <source>The team vault is sealed</source>
        <translation>Der Team-Tresor ist versiegelt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="298"/>
        <source>A sealed vault gives out no secrets. Ask whoever runs it to unseal it, then try again.</source>
        <translation>Ein versiegelter Tresor gibt keine Geheimnisse heraus. Bitten Sie, wer ihn betreibt, ihn zu entsiegeln, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="301"/>
        <source>The team vault is not initialised</source>
        <translation>Der Team-Tresor ist nicht initialisiert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="302"/>
        <source>It was started but never set up (bao operator init). Check the address, or ask whoever runs it.</source>
        <translation>Er wurde gestartet, aber nie eingerichtet (bao operator init). Prüfen Sie die Adresse, oder fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="305"/>
        <source>This vault node is a replication secondary</source>
        <translation>Dieser Tresor-Knoten ist ein Replikationsziel</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="306"/>
        <source>{role} nodes do not serve this. Use the address of the primary cluster.</source>
        <translation>Knoten der Art „{role}“ bedienen das nicht. Verwenden Sie die Adresse des primären Clusters.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="309"/>
        <source>The team vault&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Team-Tresors wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="310"/>
        <source>If your team uses its own certificate authority, give its file with --ca-cert FILE (or VAULT_CACERT). Otherwise something on this network is in the way.</source>
        <translation>Wenn Ihr Team eine eigene Zertifizierungsstelle nutzt, geben Sie deren Datei mit --ca-cert DATEI (oder VAULT_CACERT) an. Sonst steht etwas in diesem Netzwerk im Weg.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="314"/>
        <source>The team vault sent linkwizard to another address</source>
        <translation>Der Team-Tresor hat linkwizard an eine andere Adresse verwiesen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="320"/>
        <source>The team vault&apos;s answer was not understood</source>
        <translation>Die Antwort des Team-Tresors war unverständlich</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="321"/>
        <source>Check that the address is an OpenBao or Vault server, and that nothing on the network is in the way.</source>
        <translation>Prüfen Sie, dass die Adresse ein OpenBao- oder Vault-Server ist und nichts im Netzwerk im Weg steht.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="324"/>
        <source>You are not logged in to the team vault</source>
        <translation>Sie sind nicht beim Team-Tresor angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="325"/>
        <source>Log in first: linkwizard team login</source>
        <translation>Melden Sie sich zuerst an: linkwizard team login</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="327"/>
        <source>Your team vault login has expired</source>
        <translation>Ihre Anmeldung beim Team-Tresor ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="328"/>
        <source>Log in again: linkwizard team login</source>
        <translation>Melden Sie sich erneut an: linkwizard team login</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="330"/>
        <source>The team vault refused the login</source>
        <translation>Der Team-Tresor hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="331"/>
        <source>Check what you entered (user name and password, token, or role and secret id) and try again.</source>
        <translation>Prüfen Sie Ihre Eingabe (Benutzername und Passwort, Token oder Rolle und Secret-ID) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="334"/>
        <source>The browser login was not finished in time</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="335"/>
        <source>Nothing came back from the browser within 2 minutes. Start the login again and finish it in the browser.</source>
        <translation>Innerhalb von 2 Minuten kam nichts aus dem Browser zurück. Starten Sie die Anmeldung erneut und schließen Sie sie im Browser ab.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="338"/>
        <source>Port {port} on this computer is in use</source>
        <translation>Port {port} auf diesem Computer ist belegt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="339"/>
        <source>The browser login comes back to this port. Close another login that is waiting (bao login, vault login), then try again.</source>
        <translation>Die Anmeldung im Browser kehrt an diesen Port zurück. Beenden Sie eine andere wartende Anmeldung (bao login, vault login) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="343"/>
        <source>Your vault policy does not allow {action}</source>
        <translation>Ihre Tresor-Richtlinie erlaubt nicht: {action}</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="344"/>
        <source>Ask whoever runs the vault for a policy that allows it on {path}.</source>
        <translation>Bitten Sie, wer den Tresor betreibt, um eine Richtlinie, die das unter {path} erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="347"/>
        <source>Changed by {by} at {at} (version {version})</source>
        <translation>Geändert von {by} am {at} (Version {version})</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="352"/>
        <source>Removed from the team vault</source>
        <translation>Aus dem Team-Tresor entfernt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="353"/>
        <source>The key at {path} was deleted from the team vault. Ask your team, then link it again or remove this account.</source>
        <translation>Der Schlüssel unter {path} wurde aus dem Team-Tresor gelöscht. Fragen Sie Ihr Team, und verknüpfen Sie ihn dann erneut oder entfernen Sie dieses Konto.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="356"/>
        <source>The team vault gave back another key than was written</source>
        <translation>Der Team-Tresor gab einen anderen Schlüssel zurück als gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="357"/>
        <source>The key on this computer was kept. Try again; if it happens again, ask whoever runs the vault.</source>
        <translation>Der Schlüssel auf diesem Computer wurde behalten. Versuchen Sie es erneut; passiert es wieder, fragen Sie, wer den Tresor betreibt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="361"/>
        <source>Something went wrong inside linkwizard</source>
        <translation>In linkwizard ist ein Fehler aufgetreten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="362"/>
        <source>This is a fault in linkwizard, not in your key. Try again; if it happens again, copy the diagnostics and report it.</source>
        <translation>Das ist ein Fehler in linkwizard, nicht in Ihrem Schlüssel. Versuchen Sie es erneut; passiert es wieder, kopieren Sie die Diagnose und melden Sie den Fehler.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="365"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/problems.py" line="366"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe/client.py" line="106"/>
        <source>Stripe says this key works in {reported}, but you chose {chosen}. Link it under {reported} instead.</source>
        <translation>Laut Stripe gilt dieser Schlüssel für {reported}, Sie haben aber {chosen} gewählt. Verknüpfen Sie ihn stattdessen unter {reported}.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe/client.py" line="287"/>
        <source>The key lacks a permission the connection test needs</source>
        <translation>Dem Schlüssel fehlt eine Berechtigung, die der Verbindungstest braucht</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe/client.py" line="288"/>
        <source>Edit the restricted key in the Dashboard and grant {label} ({permission}), then try again.</source>
        <translation>Bearbeiten Sie den eingeschränkten Schlüssel im Dashboard, erteilen Sie {label} ({permission}) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe/client.py" line="294"/>
        <source>The key is limited to other IP addresses</source>
        <translation>Der Schlüssel ist auf andere IP-Adressen beschränkt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe/client.py" line="295"/>
        <source>This key only works from allowed IP addresses. Add this computer&apos;s address to the key in the Dashboard, or use another key.</source>
        <translation>Dieser Schlüssel funktioniert nur von erlaubten IP-Adressen aus. Ergänzen Sie die Adresse dieses Computers beim Schlüssel im Dashboard, oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/settings.py" line="88"/>
        <source>The team vault&apos;s {setting} cannot be used</source>
        <translation>Die Einstellung {setting} des Team-Tresors ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/settings.py" line="89"/>
        <source>Use letters, digits, - _ and . separated by /, e.g. secret or team/stripe.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, - _ und ., getrennt durch /, z. B. secret oder team/stripe.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/settings.py" line="99"/>
        <source>The CA file was not found</source>
        <translation>Die CA-Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/settings.py" line="100"/>
        <source>Give the path of a PEM file with your team&apos;s CA certificate.</source>
        <translation>Geben Sie den Pfad einer PEM-Datei mit dem CA-Zertifikat Ihres Teams an.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="36"/>
        <source>It was removed or renamed elsewhere; the list on the left shows the accounts linked now.</source>
        <translation>Es wurde an anderer Stelle entfernt oder umbenannt; die Liste links zeigt die jetzt verknüpften Konten.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="38"/>
        <source>Try again; if it happens again, copy the diagnostics and report it.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, kopieren Sie die Diagnose und melden Sie den Fehler.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="40"/>
        <source>Every request with an organization key (sk_org) names one account of the organization. Enter that account&apos;s id in Acts on account (acct_…, in the Dashboard under Settings › Business › Account details, or in the account switcher).</source>
        <translation>Jede Anfrage mit einem Organisationsschlüssel (sk_org) nennt ein Konto der Organisation. Geben Sie dessen ID unter „Handelt für Konto“ ein (acct_…, im Dashboard unter Einstellungen › Unternehmen › Kontodetails oder im Kontowechsler).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="44"/>
        <source>It was started but never set up. Check the address, or ask whoever runs it.</source>
        <translation>Er wurde gestartet, aber nie eingerichtet. Prüfen Sie die Adresse oder fragen Sie, wer ihn betreibt.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="46"/>
        <source>Set one up first in Accounts › Team vault….</source>
        <translation>Richten Sie zuerst einen ein: Konten › Team-Tresor….</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="48"/>
        <source>Written by {by} at {at}. Add that one from the team vault, or choose another name; nothing was overwritten.</source>
        <translation>Geschrieben von {by} am {at}. Fügen Sie diesen aus dem Team-Tresor hinzu oder wählen Sie einen anderen Namen; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="51"/>
        <source>Log in to the team vault, then try again.</source>
        <translation>Melden Sie sich beim Team-Tresor an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="52"/>
        <source>Log in to the team vault again, then try again.</source>
        <translation>Melden Sie sich erneut beim Team-Tresor an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="53"/>
        <source>If your team uses its own certificate authority, choose its file as the CA file in Accounts › Team vault…. Otherwise something on this network is in the way.</source>
        <translation>Wenn Ihr Team eine eigene Zertifizierungsstelle verwendet, wählen Sie deren Datei als CA-Datei unter Konten › Team-Tresor…. Andernfalls steht etwas in diesem Netzwerk im Weg.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="56"/>
        <source>linkwizard keeps keys in KV version 2, which has versions and check-and-set. Enter the mount of one in Accounts › Team vault… (ask whoever runs the vault).</source>
        <translation>linkwizard speichert Schlüssel in KV Version 2, das Versionen und Check-and-Set kennt. Geben Sie den Einhängepunkt einer solchen Engine unter Konten › Team-Tresor… ein (fragen Sie, wer den Tresor betreibt).</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/common/i18n.py" line="59"/>
        <source>Your new key was tested but not saved: use it in your next try, or revoke it in the Stripe Dashboard. Choose Verify now to pick up their key, then replace the key again.</source>
        <translation>Ihr neuer Schlüssel wurde geprüft, aber nicht gespeichert: Verwenden Sie ihn beim nächsten Versuch oder widerrufen Sie ihn im Stripe-Dashboard. Wählen Sie Jetzt prüfen, um den anderen Schlüssel zu übernehmen, und ersetzen Sie den Schlüssel dann erneut.</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="24"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/domain/keys.py" line="25"/>
        <source>Test Mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="36"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/team/changes.py" line="23"/>
        <location filename="../../src/linkwizard/team/vault.py" line="37"/>
        <source>an unknown time</source>
        <translation>unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="38"/>
        <source>a teammate</source>
        <translation>ein Teammitglied</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="39"/>
        <source>you</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="41"/>
        <source>looking up your login</source>
        <translation>Ihre Anmeldung abzufragen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="42"/>
        <source>renewing your login</source>
        <translation>Ihre Anmeldung zu verlängern</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="43"/>
        <source>logging out</source>
        <translation>sich abzumelden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="44"/>
        <source>reading its own capabilities</source>
        <translation>die eigenen Rechte abzufragen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="45"/>
        <source>seeing the mount</source>
        <translation>den Einhängepunkt zu sehen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="46"/>
        <source>logging in</source>
        <translation>sich anzumelden</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="47"/>
        <source>starting the browser login</source>
        <translation>die Anmeldung im Browser zu beginnen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="48"/>
        <source>finishing the browser login</source>
        <translation>die Anmeldung im Browser abzuschließen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="49"/>
        <location filename="../../src/linkwizard/usecases/team/entries.py" line="158"/>
        <source>writing here</source>
        <translation>hier zu schreiben</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="50"/>
        <source>reading here</source>
        <translation>hier zu lesen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="51"/>
        <source>listing the team&apos;s keys</source>
        <translation>die Schlüssel des Teams aufzulisten</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="52"/>
        <source>deleting here</source>
        <translation>hier zu löschen</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="450"/>
        <source>Disaster recovery secondary</source>
        <translation>Notfall-Replikat</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/team/vault.py" line="451"/>
        <source>Performance standby</source>
        <translation>Leistungs-Standby</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/app_settings.py" line="61"/>
        <source>Checks from login on, and after the window is closed.</source>
        <translation>Prüft ab der Anmeldung und auch nach dem Schließen des Fensters.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/app_settings.py" line="63"/>
        <source>Checks from login on, until the window is closed.</source>
        <translation>Prüft ab der Anmeldung, bis das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/app_settings.py" line="65"/>
        <source>Checks after the window is closed; not started at login.</source>
        <translation>Prüft nach dem Schließen des Fensters weiter; startet nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/usecases/app_settings.py" line="66"/>
        <source>Checks only while the window is open.</source>
        <translation>Prüft nur, solange das Fenster offen ist.</translation>
    </message>
</context>
</TS>
