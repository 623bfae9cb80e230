package se.hemvag.rapport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    List<Budget> findBySektionAndArOrderByManad(String sektion, int ar);
}
