<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>DataPanel</name>
    <message>
        <source>Your data</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiera sökvägen</translation>
    </message>
    <message>
        <source>Check for damage</source>
        <translation>Sök efter skador</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Dina uppgifter öppnas…</translation>
    </message>
    <message>
        <source>Database: {size}, schema revision {revision}, created {date}.</source>
        <translation>Databas: {size}, schemaversion {revision}, skapad {date}.</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Inga skador hittades.</translation>
    </message>
    <message>
        <source>SQLite found problems: {details}</source>
        <translation>SQLite hittade problem: {details}</translation>
    </message>
    <message>
        <source>Chosen with --data-dir for this session.</source>
        <translation>Vald med --data-dir för den här sessionen.</translation>
    </message>
    <message>
        <source>Chosen with the OWNVOICE_HOME environment variable.</source>
        <translation>Vald med miljövariabeln OWNVOICE_HOME.</translation>
    </message>
    <message>
        <source>Everything OwnVoice keeps is in this folder, on this computer only.</source>
        <translation>Allt som OwnVoice sparar finns i den här mappen, bara på den här datorn.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Sökvägen har kopierats</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OwnVoice cannot use {path}.</source>
        <translation>OwnVoice kan inte använda {path}.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of OwnVoice (database revision {revision}). Update OwnVoice to open it; the file has been left as it is.</source>
        <translation>{path} har sparats av en nyare version av OwnVoice (databasversion {revision}). Uppdatera OwnVoice för att öppna den. Filen har lämnats orörd.</translation>
    </message>
    <message>
        <source>{path} is not an OwnVoice database. Move it away, or choose another data folder with --data-dir.</source>
        <translation>{path} är inte en OwnVoice-databas. Flytta undan den eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({detail}). Restore a copy from the backups folder beside it, or move the file away to start afresh.</source>
        <translation>{path} är skadad och kan inte läsas ({detail}). Återställ en kopia från mappen backups bredvid den, eller flytta undan filen och börja om.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (perhaps OwnVoice is already open). Close it and try again.</source>
        <translation>{path} används av ett annat program (kanske är OwnVoice redan öppet). Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again.</source>
        <translation>Disken där {path} finns är full. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>OwnVoice may not write to {path}. Check the folder&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation>OwnVoice får inte skriva till {path}. Kontrollera mappens behörigheter eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice ran into a bug. Your data is safe; what you were doing may not have been saved. The details are in {log}.</source>
        <translation>Ett fel uppstod i OwnVoice. Dina uppgifter är i säkerhet, men det du just gjorde har kanske inte sparats. Närmare uppgifter finns i {log}.</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Passwords</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Söker efter systemets nyckelring…</translation>
    </message>
    <message>
        <source>Passwords are kept in your system keychain ({name}).</source>
        <translation>Lösenorden förvaras i systemets nyckelring ({name}).</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords you enter are kept only until you close OwnVoice. They are never written to a file.</source>
        <translation>Ingen nyckelring finns i systemet, så lösenord som du anger sparas bara tills du stänger OwnVoice. De skrivs aldrig till en fil.</translation>
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
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation>&amp;Om OwnVoice</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Grow your own expert voice on social media, with a coach.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Väx som expert med din egen röst i sociala medier, med stöd av en coach.&lt;/p&gt;&lt;p&gt;Dina uppgifter finns i {folder}, bara på den här datorn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation>Om OwnVoice</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Welcome to OwnVoice</source>
        <translation>Välkommen till OwnVoice</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of menus, lessons and writing checks.</source>
        <translation>Språket i menyer, lektioner och skrivkontroller.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som i systemet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>OwnVoice helps you find what social media can give you, and grow your own expert voice there one small habit at a time. It helps you write posts that sound like you, never like corporate copy, and it never posts anything by itself. Everything stays on this computer, and you decide what your coach gets to see.</source>
        <translation>OwnVoice hjälper dig att se vad sociala medier kan ge just dig och att steg för steg, en liten vana i taget, hitta din egen röst som expert där. Appen hjälper dig att skriva inlägg som låter som du och inte som en pressrelease, och den publicerar aldrig något på egen hand. Allt stannar på den här datorn, och du bestämmer själv vad din coach får se.</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Välj språk:</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Dina uppgifter förvaras i {folder}</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Kom igång</translation>
    </message>
</context>
</TS>
