<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/accounts/panel.py" line="219"/>
        <source>&lt;b&gt;%n account(s) need attention.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n account needs attention.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n accounts need attention.&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddFromTeamDialog</name>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="109"/>
        <source>%n key(s) in the team vault;</source>
        <translation>
            <numerusform>%n key in the team vault;</numerusform>
            <numerusform>%n keys in the team vault;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="110"/>
        <source>%n not linked here yet.</source>
        <translation>
            <numerusform>%n not linked here yet.</numerusform>
            <numerusform>%n not linked here yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="131"/>
        <source>Adding %n account(s): reading each key and testing it with Stripe…</source>
        <translation>
            <numerusform>Adding %n account: reading its key and testing it with Stripe…</numerusform>
            <numerusform>Adding %n accounts: reading each key and testing it with Stripe…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/team/add_dialog.py" line="141"/>
        <source>Added %n account(s) from the team vault.</source>
        <translation>
            <numerusform>Added %n account from the team vault.</numerusform>
            <numerusform>Added %n accounts from the team vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/linkwizard/gui/window.py" line="93"/>
        <source>Checking %n account(s) with Stripe…</source>
        <translation>
            <numerusform>Checking %n account with Stripe…</numerusform>
            <numerusform>Checking %n accounts with Stripe…</numerusform>
        </translation>
    </message>
</context>
</TS>
