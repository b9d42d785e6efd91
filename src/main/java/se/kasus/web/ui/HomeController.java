package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final UserHeader userHeader;

    HomeController(UserHeader userHeader) {
        this.userHeader = userHeader;
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + userHeader.home();
    }
}
