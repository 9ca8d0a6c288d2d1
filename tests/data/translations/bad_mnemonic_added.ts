<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Fixture</name>
    <message>
        <source>Log</source>
        <translation>&amp;Logg</translation>
    </message>
</context>
</TS>
