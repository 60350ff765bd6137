<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Action</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the database to a file, safely while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to make; it must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed and no file was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (cases: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up a PostgreSQL database needs pg_dump, which is not on the PATH. Install the PostgreSQL client tools, or ask the server&apos;s administrator for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed and no backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (pg_dump custom format; restore it with pg_restore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councillor enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO) enquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseShowCommand</name>
    <message>
        <source>Show one case in full, with its deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference, e.g. CP-2020-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter arose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, advocate offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, advocate offered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (was due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 working days, agreed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (working days taken: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, due %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the Ombudsman as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesListCommand</name>
    <message>
        <source>List cases, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases whose next deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (an array of objects) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure/stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database and every case for damage and contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1 (cases checked: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found (cases checked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database after the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Work out a stage&apos;s response deadline from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure profile: statutory, corporate, concern, mp_enquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage number: 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the clock starts, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the longest extension the stage allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the procedure with --procedure CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stage with --stage N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the clock starts with --from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage needs a stage number such as 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2 (its stages are 1 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of the %2 has no response deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Add invented demo cases of every kind, with their histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases to add (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial years they span, ending with this one (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed and day give the same cases (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many cases to add with --cases N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases needs a whole number from 1 to 10000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 30, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 of %2 cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cases added to %1: %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataTask</name>
    <message>
        <source>Creating demo cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a database, or upgrade one to this version&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an agreed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given the investigator&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard by a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given the panel&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>&quot;%1&quot; is not a financial year (expected e.g. 2020/21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Children&apos;s statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>A %1 needs a code and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure day needs a real date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>There is no schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, and it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: no id returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Complaints case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo cases a new database gets (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cases could not all be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress</name>
    <message>
        <source>New Year’s Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year’s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;date&quot;, &quot;title&quot; and &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date is missing (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date &quot;%2&quot; is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind is missing (expected &quot;added&quot; or &quot;removed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is not &quot;added&quot; or &quot;removed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number of working days, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: clockStart &quot;%2&quot; is not one of receipt, acknowledgement, statementAgreedElseRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: maxResponseDays %2 is less than responseDays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 extended to %2 working days (agreed %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to stage %1, requested %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 outcome: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be given the action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge %1 before recording a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended: resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage %1 response before you %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has been responded to; there is no deadline left to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 (%2) is before the case was received (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of the %2 cannot be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 already allows %2 working days; an extension must allow more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 allows stage %2 to be extended to at most %3 working days, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the complainant agreed to the extension, or was told of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone cannot come before the stage was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s report cannot come before the panel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints &amp;officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responding manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the response time to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the complainant &amp;agreed or was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant was given the &amp;Ombudsman&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive from the findings on the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel&apos;s report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent person appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of complaint agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (court proceedings, police investigation, consent…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the request is late, why it is &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::BankHolidays</name>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with an &quot;adjustments&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date &quot;%2&quot; is already given in entry %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseQueueModel</name>
    <message>
        <source>%1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseRepository</name>
    <message>
        <source>The reference %1 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseView</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3 · stage %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1 — OVERDUE by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due %1 — %n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseWorkflow</name>
    <message>
        <source>Logged %1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseWorkflow::Rules</name>
    <message>
        <source>Give the date the case was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure for this complaint: children&apos;s statutory or corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints follow the statutory or corporate procedure; a %1 does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint came more than %1 months after the matter arose (%2). Record why it is accepted anyway, or do not log it as a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter cannot have arisen (%1) after the complaint was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage; it was not logged through Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be acknowledged before it was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the officer, the responding manager, the investigating officer or the independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the suspension (court proceedings, a police investigation, waiting for consent…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot resume (%1) before it was suspended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response cannot come before the stage was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review panel and its report before the council&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a finding on each point of complaint, or choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2: refer the complainant to the Ombudsman instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage %1 outcome before escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for stage %1 (%2) cannot come before the stage %3 response (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for stage %1 came %2 working days after the stage %3 response; the %4 allows %5. Give a reason to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be reopened (%1) before it was closed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome before closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot close (%1) before its response (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::Database</name>
    <message>
        <source>%1 was written by a newer version of Redress (schema version %2; this version understands up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;redress-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redress database (it is not a SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a Redress one (it has tables of its own and no Redress schema version); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged schema version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction (is the database locked by someone else?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DemoDataGenerator</name>
    <message>
        <source>Ask for at least one demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cases can span 1 to 30 financial years, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 demo cases; the %1 already saved were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data stopped after %1 of %2 cases (those were kept): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::MainWindow</name>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases ordered by their next statutory deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Redress %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Complaints case management for children&apos;s services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ProcedureCatalog</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profiles[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has two versions from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no procedure &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ProcedureProfile</name>
    <message>
        <source>%1: the profile has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: effectiveFrom &quot;%2&quot; is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stages must be numbered 1, 2, 3 in order; entry %2 is numbered %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::cli</name>
    <message>
        <source>stage %1 has no requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was %2 (%3) before it was requested (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was %2 on %3, which is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1&apos;s panel report (%2) is before the panel (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has a suspension that ends (%2) before it starts (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::cli::Command</name>
    <message>
        <source>The SQLite database file (default: the desktop app&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database instead: postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;redress-cli %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: redress-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --db or --db-url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::cli::CommandRunner</name>
    <message>
        <source>Usage: redress-cli [--db PATH | --db-url URL] COMMAND [options]

Redress, complaints case management, from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options (before or after the command):
  --db PATH      The SQLite database file (default: %1)
  --db-url URL   A PostgreSQL database: postgresql://user@host:port/database
  -h, --help     Show this help
  --version      Show the version

Run &quot;redress-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done; 1 failed or refused, with nothing changed; 2 the command line was wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;redress-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::cli::IntegrityCheck</name>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a %3 row that is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown kind, procedure or state (%1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its current stage is recorded as %1 but its last stage is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no received date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was received on %1, which is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a complaint with no procedure (statutory or corporate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a complaint but follows the %1 procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but has no closed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but has a closed date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was closed (%1) before it was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has stages %1: they should run 1, 2, 3 without a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage 1 was requested (%1) before the case was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is still suspended although stage %2 has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was requested but stage %2 has no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was requested (%2) before the stage %3 response (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but stage %2 has been responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is waiting for acknowledgement but stage %1 was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open but stage %1 was never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is responded but stage %1 has no response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is closed but stage %1 has no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is suspended but stage %1 has no running suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but stage %2 has a suspension with no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 follows the procedure profile &quot;%2&quot;, which the database does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is due %2 but the rules give %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its next deadline is %1 but the rules give %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::demo::Run</name>
    <message>
        <source>The database has no teams to give the demo cases; add service areas and teams first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case, invented by the demo data generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about a complaint made straight to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo referral to the Ombudsman, enquiry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
