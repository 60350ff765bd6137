#include "HelpWindow.h"

#include "HelpTopics.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace redress {

namespace {

const QUrl guideUrl(QStringLiteral("qrc:/help/user-guide.md"));

// F1, wherever the keyboard focus is (a dialog's field, a tab of the main window).
class F1Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_F1 &&
            static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier &&
            watched->isWidgetType()) {
            const QWidget* focus = QApplication::focusWidget();
            HelpWindow::showSection(
                help::sectionFor(focus ? focus : qobject_cast<QWidget*>(watched)));
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

HelpWindow::HelpWindow() : QWidget(nullptr, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Redress user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl, QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    resize(820, 640);
}

HelpWindow* HelpWindow::showSection(const QString& section)
{
    static QPointer<HelpWindow> window;
    if (!window)
        window = new HelpWindow;
    if (window->m_browser->source() != guideUrl)
        window->m_browser->setSource(guideUrl, QTextDocument::MarkdownResource);
    window->show();
    window->raise();
    window->activateWindow();
    window->goTo(section);
    return window;
}

void HelpWindow::installF1()
{
    qApp->installEventFilter(new F1Filter(qApp));
}

void HelpWindow::goTo(const QString& section)
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == section) {
            m_browser->setTextCursor(QTextCursor(block));
            // The heading at the top of the window where the guide is long enough below it.
            const QRectF where = document->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(int(where.top()));
            m_browser->ensureCursorVisible();
            return;
        }
    }
}

QString HelpWindow::sectionShown() const
{
    for (QTextBlock block = m_browser->textCursor().block(); block.isValid();
         block = block.previous())
        if (block.blockFormat().headingLevel() > 0)
            return block.text().trimmed();
    return {};
}

} // namespace redress
