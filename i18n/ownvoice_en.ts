<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssignToEveryoneDialog</name>
    <message numerus="yes">
        <source>Each of the %Ln people who took part in the session gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>The %Ln person who took part in the session gets the exercise. Then choose a folder: a feedback file is saved there, to send them.</numerusform>
            <numerusform>Each of the %Ln people who took part in the session gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln people in this cohort gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>The one person in this cohort gets the exercise. Then choose a folder: a feedback file for them is saved there, to send them.</numerusform>
            <numerusform>Each of the %Ln people in this cohort gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exercise assigned; %Ln feedback file(s) saved in {folder}.</source>
        <translation>
            <numerusform>Exercise assigned; %Ln feedback file saved in {folder}.</numerusform>
            <numerusform>Exercise assigned; %Ln feedback files saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message numerus="yes">
        <source>%Ln flags</source>
        <translation>
            <numerusform>%Ln flag</numerusform>
            <numerusform>%Ln flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences</source>
        <translation>
            <numerusform>%Ln sentence</numerusform>
            <numerusform>%Ln sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln misspelt words, underlined in red: right-click one for suggestions, or to add it to your own words.</source>
        <translation>
            <numerusform>%Ln misspelt word, underlined in red: right-click it for suggestions, or to add it to your own words.</numerusform>
            <numerusform>%Ln misspelt words, underlined in red: right-click one for suggestions, or to add it to your own words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachSection</name>
    <message numerus="yes">
        <source>Comments from {coach}: %Ln open.</source>
        <translation>
            <numerusform>Comments from {coach}: %Ln open.</numerusform>
            <numerusform>Comments from {coach}: %Ln open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message numerus="yes">
        <source>%Ln file(s) could not be read; the rest of the folder is shown:</source>
        <translation>
            <numerusform>%Ln file could not be read; the rest of the folder is shown:</numerusform>
            <numerusform>%Ln files could not be read; the rest of the folder is shown:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entries for {name} in {file}.</source>
        <translation>
            <numerusform>Saved %Ln entry for {name} in {file}.</numerusform>
            <numerusform>Saved %Ln entries for {name} in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message numerus="yes">
        <source>%Ln comment(s) written</source>
        <translation>
            <numerusform>%Ln comment written</numerusform>
            <numerusform>%Ln comments written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackImporter</name>
    <message numerus="yes">
        <source>Feedback from {coach}: %Ln new.</source>
        <translation>
            <numerusform>Feedback from {coach}: %Ln new.</numerusform>
            <numerusform>Feedback from {coach}: %Ln new.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message numerus="yes">
        <source>Feedback from {coach} arrived: %Ln new in your recognition feed.</source>
        <translation>
            <numerusform>Feedback from {coach} arrived: %Ln new in your recognition feed.</numerusform>
            <numerusform>Feedback from {coach} arrived: %Ln new in your recognition feed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupWords</name>
    <message numerus="yes">
        <source>In {month}, %Ln of you took a step in public.</source>
        <translation>
            <numerusform>In {month}, %Ln of you took a step in public.</numerusform>
            <numerusform>In {month}, %Ln of you took a step in public.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In {month}, %Ln of you finished an exercise.</source>
        <translation>
            <numerusform>In {month}, %Ln of you finished an exercise.</numerusform>
            <numerusform>In {month}, %Ln of you finished an exercise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you stand higher on the ladder than at the start.</source>
        <translation>
            <numerusform>%Ln of you stand higher on the ladder than at the start.</numerusform>
            <numerusform>%Ln of you stand higher on the ladder than at the start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you have reached a goal.</source>
        <translation>
            <numerusform>%Ln of you have reached a goal.</numerusform>
            <numerusform>%Ln of you have reached a goal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsPage</name>
    <message numerus="yes">
        <source>Today: {done} of %Ln habits done or not needed.</source>
        <translation>
            <numerusform>Today: {done} of %Ln habit done or not needed.</numerusform>
            <numerusform>Today: {done} of %Ln habits done or not needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsPlurals</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a week</source>
        <translation>
            <numerusform>Once a week</numerusform>
            <numerusform>%Ln times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a month</source>
        <translation>
            <numerusform>Once a month</numerusform>
            <numerusform>%Ln times a month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times {period}</source>
        <translation>
            <numerusform>Once {period}</numerusform>
            <numerusform>%Ln times {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>in %Ln week</numerusform>
            <numerusform>in %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged actions</source>
        <translation>
            <numerusform>%Ln logged action</numerusform>
            <numerusform>%Ln logged actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LadderTexts</name>
    <message numerus="yes">
        <source>Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only after %Ln weeks in a row with less than half of it.</source>
        <translation>
            <numerusform>Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only after %Ln week in a row with less than half of it.</numerusform>
            <numerusform>Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only after %Ln weeks in a row with less than half of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %Ln weeks</source>
        <translation>
            <numerusform>within %Ln week</numerusform>
            <numerusform>within %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %Ln weeks</source>
        <translation>
            <numerusform>in the last %Ln week</numerusform>
            <numerusform>in the last %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last weeks show {stage}. Keep it up: you move up once it has shown for %Ln weeks in a row.</source>
        <translation>
            <numerusform>Your last weeks show {stage}. Keep it up: you move up once it has shown for %Ln week in a row.</numerusform>
            <numerusform>Your last weeks show {stage}. Keep it up: you move up once it has shown for %Ln weeks in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln public actions {window}. A reaction, a share or a comment all count.</source>
        <translation>
            <numerusform>Next step up: %Ln public action {window}. A reaction, a share or a comment all count.</numerusform>
            <numerusform>Next step up: %Ln public actions {window}. A reaction, a share or a comment all count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln comments on other people&apos;s posts {window}.</source>
        <translation>
            <numerusform>Next step up: %Ln comment on other people&apos;s posts {window}.</numerusform>
            <numerusform>Next step up: %Ln comments on other people&apos;s posts {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: reply in a discussion %Ln times {window}.</source>
        <translation>
            <numerusform>Next step up: reply in a discussion %Ln time {window}.</numerusform>
            <numerusform>Next step up: reply in a discussion %Ln times {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: comment or reply in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Next step up: comment or reply in %Ln week {window}.</numerusform>
            <numerusform>Next step up: comment or reply in %Ln different weeks {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: an own post, or a share with your own words, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Next step up: an own post, or a share with your own words, in %Ln week {window}.</numerusform>
            <numerusform>Next step up: an own post, or a share with your own words, in %Ln different weeks {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep creating, with own posts in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Next step up: keep creating, with own posts in %Ln week {window}.</numerusform>
            <numerusform>Next step up: keep creating, with own posts in %Ln different weeks {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep the conversations going, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Next step up: keep the conversations going, in %Ln week {window}.</numerusform>
            <numerusform>Next step up: keep the conversations going, in %Ln different weeks {window}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>%Ln characters past the limit are left out.</source>
        <translation>
            <numerusform>%Ln character past the limit is left out.</numerusform>
            <numerusform>%Ln characters past the limit are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>Time for %Ln habits</source>
        <translation>
            <numerusform>Time for your habit</numerusform>
            <numerusform>Time for %Ln habits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerFolderButton</name>
    <message numerus="yes">
        <source>%Ln new or changed files fetched from the server.</source>
        <translation>
            <numerusform>%Ln new or changed file fetched from the server.</numerusform>
            <numerusform>%Ln new or changed files fetched from the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message numerus="yes">
        <source>Assign an exercise to those who took part (%Ln)…</source>
        <translation>
            <numerusform>Assign an exercise to those who took part (%Ln)…</numerusform>
            <numerusform>Assign an exercise to those who took part (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>%Ln people coached</source>
        <translation>
            <numerusform>%Ln person coached</numerusform>
            <numerusform>%Ln people coached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reposts</source>
        <translation>
            <numerusform>%Ln repost</numerusform>
            <numerusform>%Ln reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>Sent %Ln files to your coach.</source>
        <translation>
            <numerusform>Sent %Ln file to your coach.</numerusform>
            <numerusform>Sent %Ln files to your coach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages from your coach.</source>
        <translation>
            <numerusform>%Ln new message from your coach.</numerusform>
            <numerusform>%Ln new messages from your coach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files waiting</source>
        <translation>
            <numerusform>%Ln file waiting</numerusform>
            <numerusform>%Ln files waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in conflict</source>
        <translation>
            <numerusform>%Ln file in conflict</numerusform>
            <numerusform>%Ln files in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters too many</source>
        <translation>
            <numerusform>%Ln character too many</numerusform>
            <numerusform>%Ln characters too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message numerus="yes">
        <source>How you write in {language}, learnt from %Ln of your texts.</source>
        <translation>
            <numerusform>How you write in {language}, learnt from %Ln of your texts.</numerusform>
            <numerusform>How you write in {language}, learnt from %Ln of your texts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln languages</source>
        <translation>
            <numerusform>%Ln language</numerusform>
            <numerusform>%Ln languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out by you.</source>
        <translation>
            <numerusform>%Ln left out by you.</numerusform>
            <numerusform>%Ln left out by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln too short or too mixed to tell the language.</source>
        <translation>
            <numerusform>%Ln too short or too mixed to tell the language.</numerusform>
            <numerusform>%Ln too short or too mixed to tell the language.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceTraits</name>
    <message numerus="yes">
        <source>Your %Ln posts are about {chars} characters long.</source>
        <translation>
            <numerusform>Your post is {chars} characters long.</numerusform>
            <numerusform>Your %Ln posts are about {chars} characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyHistory</name>
    <message numerus="yes">
        <source>%Ln weeks, from {first} to {last}. Highest stage: {top}.</source>
        <translation>
            <numerusform>%Ln week, from {first} to {last}. Highest stage: {top}.</numerusform>
            <numerusform>%Ln weeks, from {first} to {last}. Highest stage: {top}.</numerusform>
        </translation>
    </message>
</context>
</TS>
