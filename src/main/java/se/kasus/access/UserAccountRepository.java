package se.kasus.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    List<UserAccount> findByUnitId(String unitId);
}
