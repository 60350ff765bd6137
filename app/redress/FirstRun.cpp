#include "FirstRun.h"

#include "storage/DatabaseLocation.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace redress {

std::optional<StartChoice> presetStartChoice(const QSettings& settings)
{
    const QString choice = settings.value(QStringLiteral("firstRun/choice")).toString().trimmed();
    if (choice.compare(QLatin1String("demo"), Qt::CaseInsensitive) == 0)
        return StartChoice::Demo;
    if (choice.compare(QLatin1String("empty"), Qt::CaseInsensitive) == 0)
        return StartChoice::Empty;
    if (choice.compare(QLatin1String("server"), Qt::CaseInsensitive) == 0)
        return StartChoice::Server;
    return std::nullopt;
}

QMessageBox* makeStartQuestion(QWidget* parent)
{
    auto* box = new QMessageBox(
        QMessageBox::Question, QApplication::translate("FirstRun", "Welcome to Redress"),
        QApplication::translate("FirstRun",
                                "There is no Redress database on this computer yet. How "
                                "would you like to start?"),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("firstRunQuestion"));
    box->setInformativeText(QApplication::translate(
        "FirstRun",
        "A demo database holds invented cases to try Redress out; nothing in it is real. "
        "An empty database is for real work on this computer alone. A team shares one "
        "database on a PostgreSQL server: your IT team can tell you its address."));
    auto* demo = box->addButton(QApplication::translate("FirstRun", "&Demo database"),
                                QMessageBox::AcceptRole);
    demo->setObjectName(QStringLiteral("firstRunDemo"));
    auto* empty = box->addButton(QApplication::translate("FirstRun", "&Empty database"),
                                 QMessageBox::AcceptRole);
    empty->setObjectName(QStringLiteral("firstRunEmpty"));
    auto* server = box->addButton(QApplication::translate("FirstRun", "&Team server…"),
                                  QMessageBox::AcceptRole);
    server->setObjectName(QStringLiteral("firstRunServer"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(empty);
    return box;
}

std::optional<StartChoice> choiceOf(const QMessageBox& question)
{
    const QString clicked =
        question.clickedButton() ? question.clickedButton()->objectName() : QString();
    if (clicked == u"firstRunDemo")
        return StartChoice::Demo;
    if (clicked == u"firstRunEmpty")
        return StartChoice::Empty;
    if (clicked == u"firstRunServer")
        return StartChoice::Server;
    return std::nullopt;
}

std::optional<QString> askServerUrl(QWidget* parent)
{
    QString url = QStringLiteral("postgresql://");
    for (;;) {
        bool ok = false;
        url = QInputDialog::getText(
            parent, QApplication::translate("FirstRun", "Team server"),
            QApplication::translate("FirstRun",
                                    "The team's database, as postgresql://host:port/database. "
                                    "You sign in with your own login next."),
            QLineEdit::Normal, url, &ok);
        if (!ok)
            return std::nullopt;
        const auto location = DatabaseLocation::fromUrl(url.trimmed());
        if (location)
            return url.trimmed();
        QMessageBox::warning(parent, QApplication::translate("FirstRun", "Team server"),
                             location.error());
    }
}

} // namespace redress
