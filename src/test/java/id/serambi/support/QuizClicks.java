package id.serambi.support;

import id.serambi.quiz.model.Choice;
import id.serambi.quiz.model.Question;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** Answers a question on the quiz page the way a learner would: clicking, typing, choosing. */
public final class QuizClicks {
    private QuizClicks() {
    }

    /** Gives the right answer to {@code q} in its box on the page the browser shows. */
    public static void right(Browser browser, Question q) {
        String box = "#soal-" + q.id();
        if (q instanceof Question.Single s) {
            click(browser, box, rightOptions(s.choices()).get(0).id());
        } else if (q instanceof Question.Multiple m) {
            rightOptions(m.choices()).forEach(c -> click(browser, box, c.id()));
        } else if (q instanceof Question.TrueFalse t) {
            click(browser, box, t.answer() ? "benar" : "salah");
        } else if (q instanceof Question.ShortAnswer s) {
            String typed = s.accepted().stream().filter(a -> a.weight() >= 1).findFirst().orElseThrow()
                    .pattern().replace("*", "");
            browser.find(By.cssSelector(box + " input[type=text]")).sendKeys(typed);
        } else if (q instanceof Question.Numerical n) {
            Question.Numerical.Range r = n.answers().stream().filter(a -> a.weight() >= 1).findFirst().orElseThrow();
            String value = String.valueOf((r.min() + r.max()) / 2).replace('.', ',');
            browser.find(By.cssSelector(box + " input[type=text]")).sendKeys(value);
        } else if (q instanceof Question.Matching m) {
            m.pairs().forEach(p -> new Select(browser.find(By.id("q-" + q.id() + "-" + p.id())))
                    .selectByValue(p.right().id()));
        } else if (q instanceof Question.Ordering o) {
            for (int i = 0; i < o.items().size(); i++) {
                new Select(browser.find(By.id("q-" + q.id() + "-" + o.items().get(i).id())))
                        .selectByValue(String.valueOf(i + 1));
            }
        }
    }

    private static void click(Browser browser, String box, String value) {
        WebElement input = browser.find(By.cssSelector(box + " input[value='" + value + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.click();
    }

    private static List<Choice> rightOptions(List<Choice> choices) {
        return choices.stream().filter(c -> c.weight() > 0).toList();
    }
}
