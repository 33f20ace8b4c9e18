<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="83"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetails</name>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="47"/>
        <source>Account health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="53"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="53"/>
        <source>Key kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="54"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="54"/>
        <source>Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="55"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="55"/>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="56"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="64"/>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="65"/>
        <source>Test the stored key against Stripe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="67"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="68"/>
        <source>Give this account another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="69"/>
        <source>Open API &amp;keys page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="70"/>
        <source>Open the Stripe Dashboard&apos;s API keys page for this mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="72"/>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="73"/>
        <source>Copy technical details for support (never the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="75"/>
        <source>Re&amp;place key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="76"/>
        <source>Give this account a new key; the old one stays until the new one passes the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="78"/>
        <source>Check &amp;permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="79"/>
        <source>Ask Stripe again which resources this key can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="83"/>
        <source>What the key can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="88"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="89"/>
        <source>Remove this account and delete its key from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="134"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="139"/>
        <source>Secret key (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="140"/>
        <source>Restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="142"/>
        <source>Not readable with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/account_details.py" line="154"/>
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
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="106"/>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="115"/>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="116"/>
        <source>Select an account to see its details and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="124"/>
        <source>&lt;b&gt;No accounts yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;Add account&lt;/b&gt; to link your first Stripe account. You will need access to its Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="129"/>
        <source>No linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="130"/>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="132"/>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="141"/>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="143"/>
        <source>Review accounts that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="147"/>
        <source>Accounts need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="155"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="157"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="158"/>
        <source>Link another Stripe account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="190"/>
        <source>&lt;b&gt;“%s” needs attention.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_panel.py" line="191"/>
        <source>&lt;b&gt;%d accounts need attention.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="41"/>
        <source>Connect to Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="51"/>
        <source>Connection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="54"/>
        <source>Connection test running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="57"/>
        <source>&amp;Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="59"/>
        <source>Cancel the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="67"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="71"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="76"/>
        <source>&amp;Back to key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="77"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="78"/>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="80"/>
        <source>&amp;Open existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="82"/>
        <source>Replace &amp;its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="84"/>
        <source>Replace &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="95"/>
        <source>Account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="132"/>
        <source>Testing the key with Stripe (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="150"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="160"/>
        <source>Checking the key and the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="161"/>
        <source>Asking Stripe whether the key works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="162"/>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="182"/>
        <source>Checking what the key can read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="163"/>
        <source>Saving the key in your keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="172"/>
        <source>Stripe account &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="173"/>
        <source>Restricted keys cannot read the Stripe account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="175"/>
        <source>The key works. Choose Finish to see the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="178"/>
        <source>&lt;b&gt;%s&lt;/b&gt; is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="180"/>
        <source>The key is stored in your system keyring. Use it from scripts with &lt;code&gt;linkwizard exec &quot;%s&quot; -- COMMAND&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/connect_page.py" line="196"/>
        <source>The account was not linked. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterKeyPage</name>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="37"/>
        <source>Enter your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="45"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="51"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="198"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="53"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="199"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="56"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="58"/>
        <source>Paste the key from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="72"/>
        <source>Key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="75"/>
        <source>Switch to the key&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="82"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="88"/>
        <source>Name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="92"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="100"/>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="107"/>
        <source>The key is checked here first; nothing is sent to Stripe until you choose Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="119"/>
        <source>Enter the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="122"/>
        <source>The account keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="132"/>
        <source>Paste the new %s key for “%s” (sk_%s_ or rk_%s_). The old key stays until the new one passes the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="136"/>
        <source>Paste the %s secret key (sk_%s_) or restricted key (rk_%s_) you copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="168"/>
        <source>Waiting for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="171"/>
        <source>secret key (full access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="172"/>
        <source>restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="173"/>
        <source>Looks like a valid %s %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="181"/>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="182"/>
        <source>Switch to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="191"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="193"/>
        <source>An account with this name already exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="198"/>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/enter_key_page.py" line="199"/>
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
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="39"/>
        <source>Use your &amp;secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="41"/>
        <source>Use your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="43"/>
        <source>&amp;Create a restricted key for exactly what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="45"/>
        <source>Create a restricted key for exactly what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="47"/>
        <source>Pick what the key may read; Stripe opens its form with those permissions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="58"/>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="197"/>
        <source>Open API keys page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="64"/>
        <source>Or create it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="65"/>
        <source>Show how to create a restricted key by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="78"/>
        <source>What should the key be able to read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="87"/>
        <source>Read %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="91"/>
        <source>Always on: linkwizard&apos;s connection test lists customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="98"/>
        <source>Open Stripe&apos;s Create restricted key form, prefilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="101"/>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="103"/>
        <source>Copy the link to the prefilled form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="163"/>
        <source>Create a restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="164"/>
        <source>Choose what the key may read; Stripe&apos;s form opens with exactly that ticked (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="167"/>
        <source>Find your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="168"/>
        <source>Stripe created your API keys with your account. Copy the secret key for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="179"/>
        <source>&lt;li&gt;&lt;b&gt;Turn on Test mode.&lt;/b&gt; Use the &lt;b&gt;Test mode&lt;/b&gt; toggle at the top right of the Dashboard. An orange &lt;b&gt;TEST MODE&lt;/b&gt; banner appears and the address contains &lt;code&gt;/test&lt;/code&gt;.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="182"/>
        <source>&lt;li&gt;&lt;b&gt;Make sure Test mode is off.&lt;/b&gt; No orange &lt;b&gt;TEST MODE&lt;/b&gt; banner should show at the top of the Dashboard.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="185"/>
        <source>Reveal live key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="185"/>
        <source>Reveal test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="187"/>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Sign in&lt;/b&gt; to your Stripe account at dashboard.stripe.com.&lt;/li&gt;{mode}&lt;li&gt;&lt;b&gt;Go to Developers › API keys&lt;/b&gt; in the left sidebar, or use the button below.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal and copy the Secret key.&lt;/b&gt; In the Standard keys section, find the &lt;b&gt;Secret key&lt;/b&gt; row, click &lt;b&gt;{reveal}&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The secret key gives full access to your Stripe account: keep it private. linkwizard stores it only in your system keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="196"/>
        <source>&amp;Open API keys page (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="200"/>
        <source>&lt;p&gt;A restricted key can do only what you allow, and works wherever a secret key does.&lt;/p&gt;&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;On the API keys page, click &lt;b&gt;Create restricted key&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;How will you be using this key?&lt;/b&gt;, pick the option that fits, for example &lt;i&gt;Powering an integration you built&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Give it a name you will recognise, such as &lt;i&gt;linkwizard&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Grant at least &lt;b&gt;Customers: Read&lt;/b&gt;; linkwizard&apos;s connection test needs it. Grant Read or Write on anything else your tools use.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create key&lt;/b&gt; and copy it. It starts with &lt;code&gt;{prefix}&lt;/code&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Anything the key is not allowed to do will fail later with a permission error.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="213"/>
        <source>&amp;Open the prefilled form in Stripe (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/wizard/find_key_page.py" line="216"/>
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
        <location filename="../../src/linkwizard/gui/window.py" line="69"/>
        <source>Select an account on the left, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="91"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="93"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="96"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="98"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="100"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="103"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="106"/>
        <source>&amp;About linkwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="127"/>
        <source>About linkwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="129"/>
        <source>&lt;b&gt;linkwizard %s&lt;/b&gt;&lt;br&gt;Link a Stripe account to this computer by API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="132"/>
        <source>Licence: MIT.&lt;br&gt;Keys are kept only in your system keyring.&lt;br&gt;&lt;br&gt;Accounts (no keys): %s&lt;br&gt;Log (keys redacted): %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="194"/>
        <source>Checking accounts with Stripe: %d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="216"/>
        <source>Accounts checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="299"/>
        <source>Checking what “%s” can read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="307"/>
        <source>Permissions of “%s” checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="332"/>
        <source>The key of “%s” was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="338"/>
        <location filename="../../src/linkwizard/gui/window.py" line="342"/>
        <source>Account linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="339"/>
        <source>“%s” is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="380"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="380"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="403"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="404"/>
        <source>Remove “%s” and delete its key from the keyring?

Scripts that use it with linkwizard exec will stop working. The key itself stays valid in Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/window.py" line="417"/>
        <source>Removed “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="28"/>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="29"/>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="18"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="19"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="20"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/linkwizard/gui/accounts_model.py" line="21"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
