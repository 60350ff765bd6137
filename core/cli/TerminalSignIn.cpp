#include "TerminalSignIn.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <qt_windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace redress::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSignIn)
};

constexpr int tries = 3;

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// Hides what is typed until destroyed.
class HiddenInput
{
public:
    HiddenInput()
    {
#ifdef Q_OS_WIN
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        m_hidden = GetConsoleMode(m_console, &m_mode) &&
                   SetConsoleMode(m_console, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(fileno(stdin), &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_hidden = tcsetattr(fileno(stdin), TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~HiddenInput()
    {
        if (!m_hidden)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_console, m_mode);
#else
        tcsetattr(fileno(stdin), TCSAFLUSH, &m_mode);
#endif
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

private:
    bool m_hidden = false;
#ifdef Q_OS_WIN
    HANDLE m_console = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

// One line from standard input, without its end; nullopt at the end of input.
std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line);
}

} // namespace

AskSignIn terminalSignIn()
{
    if (!inputIsTerminal())
        return {};
    auto asked = std::make_shared<int>(0);
    return [asked](const SignInQuestion& question) -> std::optional<SignInAnswer> {
        if (++*asked > tries)
            return std::nullopt;
        QTextStream err(stderr);
        if (!question.problem.isEmpty())
            err << question.problem << u'\n';
        err << Text::tr("Signing in to %1").arg(question.server) << u'\n'
            << Text::tr("Login [%1]: ").arg(question.login) << Qt::flush;
        const std::optional<QString> login = readLine();
        if (!login)
            return std::nullopt;
        SignInAnswer answer;
        answer.login = login->trimmed().isEmpty() ? question.login : login->trimmed();
        err << Text::tr("Password for %1: ").arg(answer.login) << Qt::flush;
        std::optional<QString> password;
        {
            HiddenInput hidden;
            password = readLine();
        }
        err << u'\n' << Qt::flush;
        if (!password)
            return std::nullopt;
        answer.password = *password;
        if (question.canRemember) {
            err << Text::tr("Remember it on this computer? [y/N]: ") << Qt::flush;
            const QString reply = readLine().value_or(QString()).trimmed();
            answer.remember =
                reply.startsWith(Text::tr("y", "the first letter of yes"), Qt::CaseInsensitive);
        }
        return answer;
    };
}

} // namespace redress::cli
