<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Fixture</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %1</translation>
    </message>
</context>
</TS>
