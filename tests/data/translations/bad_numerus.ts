<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Fixture</name>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skrev en loggpost till %1.</numerusform>
            <numerusform>Skrev %n loggposter till %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
