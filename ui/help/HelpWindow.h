#pragma once

#include <QWidget>

class QTextBrowser;

namespace redress {

// The user guide, read inside the program with no network: its pages, pictures and links
// between pages are compiled in. One window, reused; F1 anywhere opens it at the section for
// the screen in use.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    // The one help window, opened at `section` (a heading of the user guide, e.g. "A case").
    static HelpWindow* showSection(const QString& section);
    // F1 in any window of the application opens the guide at that window's section.
    static void installF1();

    // The section the guide was last opened at (for tests and screen readers).
    QString sectionShown() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    HelpWindow();
    void goTo(const QString& section);

    QTextBrowser* m_browser = nullptr;
};

} // namespace redress
