<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<!-- Passes every rule, with the things that look like mistakes but are not. -->
<context>
    <name>Fixture</name>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>&amp;+ Sub-goal</source>
        <translation>&amp;+ Delmål</translation>
    </message>
    <message>
        <source>Research &amp;&amp; &amp;development</source>
        <translation>Forskning &amp;&amp; &amp;utveckling</translation>
    </message>
    <message>
        <source>R&amp;&amp;D</source>
        <translation>FoU &amp;&amp; mer</translation>
    </message>
    <message>
        <source>The participant&apos;s part · The case worker&apos;s part</source>
        <translation>Deltagarens skattning · Handledarens skattning</translation>
    </message>
    <message>
        <source>No. No, not now.</source>
        <translation>Nej. Nej, inte nu.</translation>
    </message>
    <message>
        <source>Bye bye</source>
        <translation>Hej hej</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;bold&lt;/b&gt; and &lt;i&gt;italics&lt;/i&gt;</source>
        <translation>Använd &lt;b&gt;fetstil&lt;/b&gt; och &lt;i&gt;kursiv&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%2 of %1</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%L1 deltagare, %1 %1</source>
        <translation>%1 %1, %L1 deltagare</translation>
    </message>
    <message>
        <source>100 % done</source>
        <translation>100 % klart</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skrev %n loggpost till %1.</numerusform>
            <numerusform>Skrev %n loggposter till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Tryck <byte value="x1b"/> för att avbryta</translation>
    </message>
    <message>
        <source>A string that is gone</source>
        <translation type="vanished">En sträng som är borta amp; Borta borta &amp;a&amp;b %9</translation>
    </message>
    <message>
        <source>An old string</source>
        <translation type="obsolete"></translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
</context>
</TS>
