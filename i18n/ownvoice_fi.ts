<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>DataPanel</name>
    <message>
        <source>Your data</source>
        <translation>Tietosi</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopioi polku</translation>
    </message>
    <message>
        <source>Check for damage</source>
        <translation>Tarkista vauriot</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Avataan tietojasi…</translation>
    </message>
    <message>
        <source>Database: {size}, schema revision {revision}, created {date}.</source>
        <translation>Tietokanta: {size}, rakenneversio {revision}, luotu {date}.</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Vaurioita ei löytynyt.</translation>
    </message>
    <message>
        <source>SQLite found problems: {details}</source>
        <translation>SQLite löysi ongelmia: {details}</translation>
    </message>
    <message>
        <source>Chosen with --data-dir for this session.</source>
        <translation>Valittu tälle istunnolle valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>Chosen with the OWNVOICE_HOME environment variable.</source>
        <translation>Valittu ympäristömuuttujalla OWNVOICE_HOME.</translation>
    </message>
    <message>
        <source>Everything OwnVoice keeps is in this folder, on this computer only.</source>
        <translation>Kaikki, mitä OwnVoice tallentaa, on tässä kansiossa ja vain tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Polku kopioitu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OwnVoice cannot use {path}.</source>
        <translation>OwnVoice ei voi käyttää kohdetta {path}.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of OwnVoice (database revision {revision}). Update OwnVoice to open it; the file has been left as it is.</source>
        <translation>Tiedosto {path} on tallennettu OwnVoicen uudemmalla versiolla (tietokannan versio {revision}). Päivitä OwnVoice avataksesi sen. Tiedostoon ei ole koskettu.</translation>
    </message>
    <message>
        <source>{path} is not an OwnVoice database. Move it away, or choose another data folder with --data-dir.</source>
        <translation>{path} ei ole OwnVoicen tietokanta. Siirrä se muualle tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({detail}). Restore a copy from the backups folder beside it, or move the file away to start afresh.</source>
        <translation>Tiedosto {path} on vaurioitunut, eikä sitä voi lukea ({detail}). Palauta kopio viereisestä backups-kansiosta tai siirrä tiedosto pois ja aloita alusta.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (perhaps OwnVoice is already open). Close it and try again.</source>
        <translation>Tiedosto {path} on toisen ohjelman käytössä (ehkä OwnVoice on jo auki). Sulje se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>Levy, jolla {path} sijaitsee, on täynnä. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>OwnVoice may not write to {path}. Check the folder&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation>OwnVoicella ei ole oikeutta kirjoittaa kohteeseen {path}. Tarkista kansion käyttöoikeudet tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice ran into a bug. Your data is safe; what you were doing may not have been saved. The details are in {log}.</source>
        <translation>OwnVoicessa tapahtui virhe. Tietosi ovat tallessa, mutta viimeisin toimesi ei ehkä tallentunut. Tarkemmat tiedot ovat tiedostossa {log}.</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Passwords</source>
        <translation>Salasanat</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Etsitään järjestelmän avainnippua…</translation>
    </message>
    <message>
        <source>Passwords are kept in your system keychain ({name}).</source>
        <translation>Salasanat säilytetään järjestelmän avainnipussa ({name}).</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords you enter are kept only until you close OwnVoice. They are never written to a file.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä, joten antamasi salasanat muistetaan vain, kunnes suljet OwnVoicen. Niitä ei koskaan kirjoiteta tiedostoon.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;OwnVoice</source>
        <translation>&amp;OwnVoice</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation>&amp;Tietoja OwnVoicesta</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Grow your own expert voice on social media, with a coach.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Kasvata omaa asiantuntijaääntäsi somessa valmentajan tuella.&lt;/p&gt;&lt;p&gt;Tietosi ovat kansiossa {folder}, vain tällä tietokoneella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation>Tietoja OwnVoicesta</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Welcome to OwnVoice</source>
        <translation>Tervetuloa OwnVoiceen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language of menus, lessons and writing checks.</source>
        <translation>Valikkojen, oppituntien ja kirjoitustarkistusten kieli.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>OwnVoice helps you find what social media can give you, and grow your own expert voice there one small habit at a time. It helps you write posts that sound like you, never like corporate copy, and it never posts anything by itself. Everything stays on this computer, and you decide what your coach gets to see.</source>
        <translation>OwnVoice auttaa sinua löytämään, mitä some voi antaa juuri sinulle, ja kasvattamaan siellä omaa asiantuntijaääntäsi pieni tapa kerrallaan. Se auttaa kirjoittamaan päivityksiä, jotka kuulostavat sinulta eivätkä yrityksen tiedotteelta, eikä se koskaan julkaise mitään itse. Kaikki pysyy tällä tietokoneella, ja sinä päätät, mitä valmentajasi näkee.</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Valitse kieli:</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Tietosi säilytetään kansiossa {folder}</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Aloitetaan</translation>
    </message>
</context>
</TS>
