<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="85"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="49"/>
        <source>Account health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="55"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="55"/>
        <source>Key kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="56"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="56"/>
        <source>Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="57"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="57"/>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="58"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="66"/>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="67"/>
        <source>Test the stored key against Stripe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="69"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="70"/>
        <source>Give this account another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="71"/>
        <source>Open API &amp;keys page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="72"/>
        <source>Open the Stripe Dashboard&apos;s API keys page for this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="74"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="75"/>
        <source>Copy technical details for support (never the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="77"/>
        <source>Re&amp;place key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="78"/>
        <source>Give this account a new key; the old one stays until the new one passes the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="80"/>
        <source>Check &amp;permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="81"/>
        <source>Ask Stripe again which resources this key can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="85"/>
        <source>What the key can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="90"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="91"/>
        <source>Remove this account and delete its key from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="136"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="141"/>
        <source>Secret key (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="142"/>
        <source>Restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="144"/>
        <source>Not readable with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="156"/>
        <source>Stripe refused this key three times in a row, so linkwizard stopped checking it. Replace the key, or choose Verify now after fixing it in the Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/times.py" line="11"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="108"/>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="117"/>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="118"/>
        <source>Select an account to see its details and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="126"/>
        <source>&lt;b&gt;No accounts yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;Add account&lt;/b&gt; to link your first Stripe account. You will need access to its Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="131"/>
        <source>No linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="132"/>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="134"/>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="143"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="145"/>
        <source>Review accounts that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="149"/>
        <source>Accounts need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="157"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="159"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="160"/>
        <source>Link another Stripe account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="192"/>
        <source>&lt;b&gt;“%s” needs attention.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="193"/>
        <source>&lt;b&gt;%d accounts need attention.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="24"/>
        <source>Not checked yet. Choose &lt;b&gt;Check permissions&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="26"/>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="150"/>
        <source>can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="27"/>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="150"/>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="28"/>
        <source>unknown (network trouble)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="40"/>
        <source>A secret key has &lt;b&gt;full access&lt;/b&gt;: it can also change and delete data. If your tools only read, a restricted key with Customers: Read plus what they use is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="44"/>
        <source>To read more, edit the key in the Dashboard and grant Read on what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="48"/>
        <source>Checked %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="63"/>
        <source>Compared with what you asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="66"/>
        <source>Open the prefilled form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="91"/>
        <source>&lt;b&gt;This is a secret key with full access&lt;/b&gt;, although you planned a restricted key. Create the restricted key instead and replace this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="94"/>
        <source>Create the &amp;restricted key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="103"/>
        <source>&lt;b&gt;Missing:&lt;/b&gt; %s. Add these in the Dashboard, or create the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="107"/>
        <source>&lt;b&gt;More than needed:&lt;/b&gt; %s. The key works; you may remove these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="111"/>
        <source>&lt;b&gt;Not checked:&lt;/b&gt; %s (network trouble); choose Check permissions later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="114"/>
        <source>&lt;b&gt;Exactly what you asked for.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="116"/>
        <source>&amp;Open the prefilled form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="137"/>
        <source>What the key can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="149"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/permissions_view.py" line="151"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="43"/>
        <source>Connect to Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="53"/>
        <source>Connection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="56"/>
        <source>Connection test running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="59"/>
        <source>&amp;Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="61"/>
        <source>Cancel the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="69"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="73"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="78"/>
        <source>&amp;Back to key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="79"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="80"/>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="82"/>
        <source>&amp;Open existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="84"/>
        <source>Replace &amp;its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="86"/>
        <source>Replace &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="97"/>
        <source>Account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="134"/>
        <source>Testing the key with Stripe (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="152"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="162"/>
        <source>Checking the key and the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="163"/>
        <source>Asking Stripe whether the key works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="164"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="185"/>
        <source>Checking what the key can read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="165"/>
        <source>Saving the key in your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="175"/>
        <source>Stripe account &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="176"/>
        <source>Restricted keys cannot read the Stripe account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="178"/>
        <source>The key works. Choose Finish to see the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="181"/>
        <source>&lt;b&gt;%s&lt;/b&gt; is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="183"/>
        <source>The key is stored in your system keyring. Use it from scripts with &lt;code&gt;linkwizard exec &quot;%s&quot; -- COMMAND&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="189"/>
        <source>%s is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="200"/>
        <source>The account was not linked. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterKeyPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="38"/>
        <source>Enter your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="46"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="52"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="200"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="54"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="201"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="57"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="59"/>
        <source>Paste the key from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="73"/>
        <source>Key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="76"/>
        <source>Switch to the key&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="83"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="89"/>
        <source>Name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="93"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="101"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="108"/>
        <source>The key is checked here first; nothing is sent to Stripe until you choose Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="120"/>
        <source>Enter the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="123"/>
        <source>The account keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="133"/>
        <source>Paste the new %s key for “%s” (sk_%s_ or rk_%s_). The old key stays until the new one passes the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="137"/>
        <source>Paste the %s secret key (sk_%s_) or restricted key (rk_%s_) you copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="169"/>
        <source>Waiting for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="172"/>
        <source>secret key (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="173"/>
        <source>restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="174"/>
        <source>Looks like a valid %s %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="183"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="184"/>
        <source>Switch to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="193"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="195"/>
        <source>An account with this name already exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="200"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="201"/>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="15"/>
        <source>Choose your environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="16"/>
        <source>Stripe has separate API keys for live payments and for testing. Pick the one you want to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="18"/>
        <source>&amp;Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="20"/>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="21"/>
        <source>For development and testing, without real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="22"/>
        <source>&amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="24"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="25"/>
        <source>For real transactions with real customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="32"/>
        <source>For development and testing. Uses simulated data and test card numbers; no real payments are processed. Keys start with &lt;code&gt;sk_test_&lt;/code&gt; or &lt;code&gt;rk_test_&lt;/code&gt; (Stripe sandboxes use the same keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="36"/>
        <source>For real transactions with actual customer data and charges. Keys start with &lt;code&gt;sk_live_&lt;/code&gt; or &lt;code&gt;rk_live_&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/environment_page.py" line="38"/>
        <source>You can link the other environment later as a separate account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindKeyPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="40"/>
        <source>Use your &amp;secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="42"/>
        <source>Use your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="44"/>
        <source>&amp;Create a restricted key for exactly what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="46"/>
        <source>Create a restricted key for exactly what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="48"/>
        <source>Pick what the key may read; Stripe opens its form with those permissions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="59"/>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="198"/>
        <source>Open API keys page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="65"/>
        <source>Or create it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="66"/>
        <source>Show how to create a restricted key by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="79"/>
        <source>What should the key be able to read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="88"/>
        <source>Read %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="92"/>
        <source>Always on: linkwizard&apos;s connection test lists customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="99"/>
        <source>Open Stripe&apos;s Create restricted key form, prefilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="102"/>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="104"/>
        <source>Copy the link to the prefilled form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="164"/>
        <source>Create a restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="165"/>
        <source>Choose what the key may read; Stripe&apos;s form opens with exactly that ticked (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="168"/>
        <source>Find your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="169"/>
        <source>Stripe created your API keys with your account. Copy the secret key for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="180"/>
        <source>&lt;li&gt;&lt;b&gt;Turn on Test mode.&lt;/b&gt; Use the &lt;b&gt;Test mode&lt;/b&gt; toggle at the top right of the Dashboard. An orange &lt;b&gt;TEST MODE&lt;/b&gt; banner appears and the address contains &lt;code&gt;/test&lt;/code&gt;.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="183"/>
        <source>&lt;li&gt;&lt;b&gt;Make sure Test mode is off.&lt;/b&gt; No orange &lt;b&gt;TEST MODE&lt;/b&gt; banner should show at the top of the Dashboard.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="186"/>
        <source>Reveal live key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="186"/>
        <source>Reveal test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="188"/>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Sign in&lt;/b&gt; to your Stripe account at dashboard.stripe.com.&lt;/li&gt;{mode}&lt;li&gt;&lt;b&gt;Go to Developers › API keys&lt;/b&gt; in the left sidebar, or use the button below.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal and copy the Secret key.&lt;/b&gt; In the Standard keys section, find the &lt;b&gt;Secret key&lt;/b&gt; row, click &lt;b&gt;{reveal}&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The secret key gives full access to your Stripe account: keep it private. linkwizard stores it only in your system keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="197"/>
        <source>&amp;Open API keys page (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="201"/>
        <source>&lt;p&gt;A restricted key can do only what you allow, and works wherever a secret key does.&lt;/p&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;On the API keys page, click &lt;b&gt;Create restricted key&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;How will you be using this key?&lt;/b&gt;, pick the option that fits, for example &lt;i&gt;Powering an integration you built&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Give it a name you will recognise, such as &lt;i&gt;linkwizard&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Grant at least &lt;b&gt;Customers: Read&lt;/b&gt;; linkwizard&apos;s connection test needs it. Grant Read or Write on anything else your tools use.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create key&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anything the key is not allowed to do will fail later with a permission error.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="214"/>
        <source>&amp;Open the prefilled form in Stripe (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="218"/>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Stripe opens &lt;b&gt;Create restricted key&lt;/b&gt; named &lt;i&gt;{name}&lt;/i&gt;, with Read ticked for what you chose. Sign in if asked.&lt;/li&gt;&lt;li&gt;Check the list, click &lt;b&gt;Create key&lt;/b&gt;, then copy the key. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Come back and choose Next: linkwizard checks that the key reads exactly what you asked for.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkWizard</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="29"/>
        <source>Link a Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="50"/>
        <source>Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="51"/>
        <source>Replace the key of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="53"/>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="54"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="59"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="60"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="61"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="63"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/link_wizard.py" line="64"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="70"/>
        <source>Select an account on the left, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="92"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="94"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="99"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="101"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="104"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="107"/>
        <source>&amp;About linkwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="128"/>
        <source>About linkwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="130"/>
        <source>&lt;b&gt;linkwizard %s&lt;/b&gt;&lt;br&gt;Link a Stripe account to this computer by API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="133"/>
        <source>Licence: MIT.&lt;br&gt;Keys are kept only in your system keyring.&lt;br&gt;&lt;br&gt;Accounts (no keys): %s&lt;br&gt;Log (keys redacted): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="195"/>
        <source>Checking accounts with Stripe: %d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="217"/>
        <source>Accounts checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="300"/>
        <source>Checking what “%s” can read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="308"/>
        <source>Permissions of “%s” checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="333"/>
        <source>The key of “%s” was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="339"/>
        <location filename="../../src/linkwizard/gui/window.py" line="344"/>
        <source>Account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="340"/>
        <source>“%s” is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="382"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="382"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="405"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="406"/>
        <source>Remove “%s” and delete its key from the keyring?

Scripts that use it with linkwizard exec will stop working. The key itself stays valid in Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="419"/>
        <source>Removed “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="29"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="30"/>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="19"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="20"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="21"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="22"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="38"/>
        <location filename="../../src/linkwizard/permissions.py" line="100"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="39"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="40"/>
        <location filename="../../src/linkwizard/permissions.py" line="102"/>
        <source>Payment intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="42"/>
        <location filename="../../src/linkwizard/permissions.py" line="103"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="43"/>
        <location filename="../../src/linkwizard/permissions.py" line="104"/>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="44"/>
        <location filename="../../src/linkwizard/permissions.py" line="105"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="45"/>
        <location filename="../../src/linkwizard/permissions.py" line="106"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="47"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="48"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="49"/>
        <location filename="../../src/linkwizard/permissions.py" line="108"/>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="50"/>
        <location filename="../../src/linkwizard/permissions.py" line="109"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="51"/>
        <location filename="../../src/linkwizard/permissions.py" line="111"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="52"/>
        <location filename="../../src/linkwizard/permissions.py" line="110"/>
        <source>Checkout sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="101"/>
        <source>Payments (charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/permissions.py" line="107"/>
        <source>Products and prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="164"/>
        <source>Use a name of 1 to {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="169"/>
        <source>Use letters, digits, spaces and punctuation, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="206"/>
        <source>The list of accounts could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="207"/>
        <source>Check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="222"/>
        <source>The damaged file was kept aside as {path}; your keys are still in the keyring. Link the accounts again, or restore the file if you know how it broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/accounts.py" line="248"/>
        <source>An account named “{name}” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/workers.py" line="43"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/workers.py" line="44"/>
        <source>The details are in the log. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/keys.py" line="140"/>
        <source>This is a {belongs} key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/keys.py" line="141"/>
        <source>You chose {chosen}, which needs a key starting with sk_{mode}_ or rk_{mode}_. Switch to {belongs}, or copy the {chosen} key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/linking.py" line="73"/>
        <source>This key is already linked as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/linking.py" line="74"/>
        <source>This Stripe account is already linked as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/linking.py" line="136"/>
        <source>This key belongs to {found}, not {linked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="35"/>
        <source>No key was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="36"/>
        <source>Paste the secret key from the API keys page of your Stripe Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="38"/>
        <source>This is a publishable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="39"/>
        <source>Publishable keys (pk_) only work in web pages. Copy the Secret key (sk_) or a restricted key (rk_) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="42"/>
        <source>This is a webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="43"/>
        <source>Webhook secrets (whsec_) cannot call the API. Copy the Secret key (sk_) or a restricted key (rk_) from Developers &gt; API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="47"/>
        <source>Organization keys are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="48"/>
        <source>Organization keys (sk_org) need an account context. Use a secret or restricted key of the one account you want to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="51"/>
        <source>This does not look like a Stripe API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="52"/>
        <source>Stripe secret keys start with sk_live_ or sk_test_, restricted keys with rk_live_ or rk_test_. Copy the whole key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="55"/>
        <source>The key is incomplete or has stray characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="56"/>
        <source>Copy the whole key again with the copy icon next to it in the Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="59"/>
        <source>This key belongs to the other environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="60"/>
        <source>Choose the environment that matches the key, or copy the key for the environment you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="63"/>
        <source>Stripe reports a different mode for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="64"/>
        <source>Stripe says this key works in the other mode. Check you copied it from the right Dashboard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="67"/>
        <source>The command was not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="68"/>
        <source>Run `linkwizard --help` for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="70"/>
        <source>That account name cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="71"/>
        <source>Use a short name with letters, digits or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="73"/>
        <source>That account name is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="74"/>
        <source>Choose another name, or remove the other account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="76"/>
        <source>This account is already linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="77"/>
        <source>Open the existing account, or replace its key instead of adding a twin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="80"/>
        <source>This key belongs to a different Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="81"/>
        <source>Check you copied the key of the right account. Replace it anyway only if you mean to point this connection at another Stripe account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="85"/>
        <source>No such linked account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="86"/>
        <source>Run `linkwizard accounts` to see the names of your linked accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="89"/>
        <source>The Stripe API address is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="90"/>
        <source>LINKWIZARD_API_BASE must be an https:// address, or http:// to this computer only. Unset it to use Stripe itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="94"/>
        <source>Stripe did not accept this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="95"/>
        <source>The key is wrong or was revoked. Copy it again from the Dashboard, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="98"/>
        <source>This key has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="99"/>
        <source>The key was rolled or reached its expiry date. Copy the current key from the Dashboard&apos;s API keys page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="103"/>
        <source>The key lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="104"/>
        <source>Edit the restricted key in the Dashboard and grant at least Customers: Read, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="108"/>
        <source>Stripe is limiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="109"/>
        <source>Too many requests were made with this account. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="112"/>
        <source>Stripe had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="113"/>
        <source>The problem is on Stripe&apos;s side. Try again in a few minutes; status.stripe.com shows ongoing incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="116"/>
        <source>Stripe&apos;s address could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="117"/>
        <source>Check that this computer is online and its DNS works, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="120"/>
        <source>Could not reach Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="121"/>
        <source>Check your internet connection or firewall, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="123"/>
        <source>Stripe took too long to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="124"/>
        <source>The connection is slow or blocked. Try again, or check your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="126"/>
        <source>The secure connection could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="127"/>
        <source>Something between this computer and Stripe presented an untrusted certificate. Try another network, or ask your IT team about TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="131"/>
        <source>The proxy server did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="132"/>
        <source>Check the HTTPS_PROXY setting, or that the proxy server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="135"/>
        <source>The answer did not come from Stripe&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="136"/>
        <source>A login page or filter on this network may be in the way. Sign in to the network (for example in a browser) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="141"/>
        <source>No secure keyring is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="142"/>
        <source>Install and unlock a keyring (GNOME Keyring or KWallet on Linux); linkwizard never stores keys in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="145"/>
        <source>The keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="146"/>
        <source>Unlock your keyring (it may ask for your login password), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="149"/>
        <source>The keyring did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="150"/>
        <source>Check that your keyring service is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="153"/>
        <source>The key is missing from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="154"/>
        <source>The stored key was deleted outside linkwizard. Replace the key, or remove and link the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="157"/>
        <source>The list of accounts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="158"/>
        <source>The damaged file was kept aside; your keys are still in the keyring. Link the accounts again or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="161"/>
        <source>The list of accounts could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="162"/>
        <source>Check that the disk is not full and the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="166"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/problems.py" line="167"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe_api.py" line="114"/>
        <source>Stripe says this key works in {reported}, but you chose {chosen}. Link it under {reported} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe_api.py" line="278"/>
        <source>The key lacks a permission the connection test needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe_api.py" line="279"/>
        <source>Edit the restricted key in the Dashboard and grant {label} ({permission}), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe_api.py" line="285"/>
        <source>The key is limited to other IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/stripe_api.py" line="286"/>
        <source>This key only works from allowed IP addresses. Add this computer&apos;s address to the key in the Dashboard, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location filename="../../src/linkwizard/keys.py" line="23"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/keys.py" line="24"/>
        <source>Test Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
